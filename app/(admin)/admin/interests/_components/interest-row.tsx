"use client";

import { useActionState, useState, type ReactNode } from "react";
import { FieldError } from "@/components/form/field-error";
import { errorAttributes } from "@/components/form/labelled-field";
import { SubmitButton } from "@/components/form/submit-button";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "@/components/form/form-message";
import { FormSuccess } from "@/components/form/form-success";
import { idleForm } from "@/lib/validation/form-state";
import {
  archiveInterestAction,
  deleteInterestAction,
  removeInterestFromEveryoneAction,
  renameInterestAction,
} from "../actions";

type Interest = { id: string; name: string; archived: boolean; memberCount: number };

/** A form of one button that posts the interest's id to `action`. */
function IdButtonForm({
  id,
  action,
  onSubmit,
  busy,
  label,
  children,
}: {
  id: string;
  action: (formData: FormData) => void;
  onSubmit: () => void;
  busy: boolean;
  label: string;
  children: ReactNode;
}) {
  return (
    <form action={action} onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={busy} aria-label={label}>
        {children}
      </Button>
    </form>
  );
}

export function InterestRow({ interest }: { interest: Interest }) {
  const initial: FormState = { status: "idle", values: { name: interest.name } };
  const [state, renameAction, pending] = useActionState(renameInterestAction, initial);
  const [removal, removeAction, removing] = useActionState(removeInterestFromEveryoneAction, idleForm);
  const [deletion, deleteAction, deleting] = useActionState(deleteInterestAction, idleForm);
  // Only the latest action's message shows: an older one does not linger next to a newer one.
  const [latest, setLatest] = useState<"rename" | "remove" | "delete" | null>(null);
  const outcome = latest ? { rename: state, remove: removal, delete: deletion }[latest] : null;
  const inputId = `name-${interest.id}`;
  const errors = state.fieldErrors?.name;
  return (
    <li className="flex flex-wrap items-start gap-3 border-b border-stone-200 py-3">
      <form
        action={renameAction}
        onSubmit={() => setLatest("rename")}
        className="flex flex-wrap items-start gap-2"
        noValidate
      >
        <input type="hidden" name="id" value={interest.id} />
        <div>
          <label htmlFor={inputId} className="sr-only">
            Name of {interest.name}
          </label>
          <input
            id={inputId}
            name="name"
            defaultValue={String(state.values?.name ?? interest.name)}
            {...errorAttributes(inputId, errors)}
            className="rounded-md border border-stone-300 px-3 py-1.5"
          />
          <FieldError id={`${inputId}-error`} errors={errors} />
        </div>
        <Button type="submit" variant="secondary" disabled={pending} aria-label={`Rename ${interest.name}`}>
          {pending ? "Renaming…" : "Rename"}
        </Button>
      </form>
      <span className="py-2 text-sm text-stone-600">
        {interest.memberCount} member{interest.memberCount === 1 ? "" : "s"}
        {interest.archived ? " · archived" : ""}
      </span>
      <form action={archiveInterestAction}>
        <input type="hidden" name="id" value={interest.id} />
        <input type="hidden" name="archived" value={interest.archived ? "false" : "true"} />
        <SubmitButton
          variant="secondary"
          pendingLabel={interest.archived ? "Restoring…" : "Archiving…"}
          aria-label={`${interest.archived ? "Restore" : "Archive"} ${interest.name}`}
        >
          {interest.archived ? "Restore" : "Archive"}
        </SubmitButton>
      </form>
      {interest.archived && interest.memberCount > 0 && (
        <IdButtonForm
          id={interest.id}
          action={removeAction}
          onSubmit={() => setLatest("remove")}
          busy={removing}
          label={`Remove ${interest.name} from its members`}
        >
          Remove from its {interest.memberCount} member{interest.memberCount === 1 ? "" : "s"}
        </IdButtonForm>
      )}
      {interest.memberCount === 0 && (
        <IdButtonForm
          id={interest.id}
          action={deleteAction}
          onSubmit={() => setLatest("delete")}
          busy={deleting}
          label={`Delete ${interest.name}`}
        >
          Delete
        </IdButtonForm>
      )}
      {outcome?.status === "error" && <FormMessage message={outcome.message} />}
      {outcome?.status === "success" && <FormSuccess message={outcome.message} className="py-2" />}
    </li>
  );
}
