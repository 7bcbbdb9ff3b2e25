"use client";

import { FocusFirstError } from "@/components/form/focus-first-error";
import { useActionState } from "react";
import { CheckboxField } from "@/components/form/checkbox-field";
import { FieldError } from "@/components/form/field-error";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import type { ColumnUse } from "@/lib/validation/column-use";
import { IMPORT_CONSENT_LABEL, IMPORT_INTERESTS_LABEL } from "@/lib/validation/consent-labels";
import { idleForm } from "@/lib/validation/form-state";
import { previewImportAction } from "../../actions";
import { FIELD_LABELS } from "./field-labels";

export function MappingForm({
  id,
  columns,
  mapping,
  interests,
  consent,
  interestsAsked,
}: {
  id: string;
  columns: { name: string; sample: string }[];
  mapping: ColumnUse[];
  interests: { id: string; name: string }[];
  consent: boolean;
  interestsAsked: boolean;
}) {
  const [state, formAction, pending] = useActionState(previewImportAction, idleForm);
  const errors = state.fieldErrors ?? {};
  const chosen = Array.isArray(state.values?.mapping) ? (state.values.mapping as string[]) : mapping;
  const consented = typeof state.values?.consent === "boolean" ? state.values.consent : consent;
  const asked =
    typeof state.values?.interestsAsked === "boolean" ? state.values.interestsAsked : interestsAsked;
  return (
    <form action={formAction} className="space-y-5" noValidate key={JSON.stringify(state.values ?? {})}>
      <FocusFirstError state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="columns" value={columns.length} />
      <FormMessage message={state.message} />
      <table className="w-full text-left text-sm">
        <caption className="sr-only">What each column of the file holds</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-3">
              Column
            </th>
            <th scope="col" className="py-2 pr-3">
              First row
            </th>
            <th scope="col" className="py-2 pr-3">
              Import as
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column, index) => (
            <tr key={index} className="border-b border-stone-200 align-top">
              <th scope="row" className="py-2 pr-3 font-medium break-all">
                {column.name}
              </th>
              <td className="py-2 pr-3 break-all text-stone-700">{column.sample || "—"}</td>
              <td className="py-2 pr-3">
                <select
                  name={`column-${index}`}
                  aria-label={`Import “${column.name}” as`}
                  defaultValue={chosen[index] ?? "ignore"}
                  aria-invalid={errors[`column-${index}`] ? true : undefined}
                  aria-describedby={errors[`column-${index}`] ? `column-${index}-error` : undefined}
                  className="rounded border border-stone-400 bg-white px-2 py-1"
                >
                  {Object.entries(FIELD_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                  {interests.length > 0 && (
                    <optgroup label="One interest (yes/no)">
                      {interests.map((interest) => (
                        <option key={interest.id} value={`interest:${interest.id}`}>
                          Interest: {interest.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
                <FieldError id={`column-${index}-error`} errors={errors[`column-${index}`]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="space-y-1">
        <CheckboxField id="consent" name="consent" label={IMPORT_CONSENT_LABEL} defaultChecked={consented} />
        <p className="ml-6 text-sm text-stone-600">
          Only then does the newsletter column subscribe anyone: new members only, never a member the club
          already has, and never an address that unsubscribed, bounced or reported spam in MailerLite. Your
          name and the time are recorded with each new member&apos;s consent.
        </p>
      </div>
      <div className="space-y-1">
        <CheckboxField
          id="interestsAsked"
          name="interestsAsked"
          label={IMPORT_INTERESTS_LABEL}
          defaultChecked={asked}
        />
        <p className="ml-6 text-sm text-stone-600">
          Only then are the file&apos;s interests added to members the club already has, and never to a member
          who chose their own. New members get them either way. Your name and the time are recorded.
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        Preview
      </Button>
    </form>
  );
}
