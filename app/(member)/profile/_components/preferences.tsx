"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/form/checkbox-field";
import type { InterestOption } from "@/lib/data/interests";
import { describeNewsletterStop } from "./describe-newsletter-stop";
import type { PreferenceChange } from "@/lib/validation/member";
import {
  loadPreferencesAction,
  savePreferenceAction,
  savePreferencesFormAction,
  type Preferences,
} from "../actions";

const noop = () => () => {};
/** False in the server's HTML (what a browser without JavaScript keeps), true once React runs here. */
const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

const queryKey = ["preferences"];
const SAVE_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The server did not answer in time.")), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** A change the server refused for a reason of its own (not a failure to try again), shown by its field. */
class Refused extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

function applyChange(preferences: Preferences, change: PreferenceChange): Preferences {
  if (change.kind === "newsletter") return { ...preferences, newsletter: change.value };
  const others = preferences.interestIds.filter((id) => id !== change.interestId);
  return { ...preferences, interestIds: change.value ? [...others, change.interestId] : others };
}

/** Each tick is saved at once: shown optimistically, rolled back with an error if the server refuses. */
export function PreferencesForm({
  initial,
  interests,
  retired,
}: {
  initial: Preferences;
  interests: InterestOption[];
  /** The member's interests that are no longer offered: they can untick them, not tick them again. */
  retired: InterestOption[];
}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" | "error"; message?: string }>({
    kind: "idle",
  });
  const [newsletterError, setNewsletterError] = useState<string | null>(null);
  const { data = initial } = useQuery({
    queryKey,
    queryFn: () => loadPreferencesAction(),
    initialData: initial,
  });

  const mutation = useMutation({
    mutationKey: queryKey,
    scope: { id: "preferences" },
    mutationFn: async (change: PreferenceChange) => {
      if (!navigator.onLine) throw new Error("You are offline.");
      const result = await withTimeout(savePreferenceAction(change), SAVE_TIMEOUT_MS);
      if (!result.ok)
        throw result.field ? new Refused(result.message, result.field) : new Error(result.message);
      return result.preferences;
    },
    onError: (error, change) => {
      const current = queryClient.getQueryData<Preferences>(queryKey) ?? initial;
      const undo = { ...change, value: !change.value } as PreferenceChange;
      queryClient.setQueryData<Preferences>(queryKey, applyChange(current, undo));
      if (error instanceof Refused && error.field === "newsletter") {
        setNewsletterError(error.message);
        setStatus({ kind: "idle" });
        return;
      }
      const reason = error instanceof Error && error.message !== "Failed to fetch" ? error.message : "";
      setStatus({
        kind: "error",
        message: `Your change was not saved. ${reason} Please try again.`.replace(/\s+/g, " "),
      });
    },
    onSuccess: () => setStatus({ kind: "saved" }),
    onSettled: (preferences) => {
      // Only the last of several quick changes brings the server's state in, so none flickers back.
      if (preferences && queryClient.isMutating({ mutationKey: queryKey }) === 1) {
        queryClient.setQueryData(queryKey, preferences);
      }
    },
  });

  // The tick shows at once, even while an earlier change is still being saved (saves run one after another).
  const change = (next: PreferenceChange) => {
    void queryClient.cancelQueries({ queryKey });
    queryClient.setQueryData<Preferences>(queryKey, (current) => applyChange(current ?? initial, next));
    setStatus({ kind: "saving" });
    setNewsletterError(null);
    mutation.mutate(next);
  };

  const chosen = new Set(data.interestIds);
  const hydrated = useHydrated();
  return (
    <form action={savePreferencesFormAction} className="space-y-4">
      <div>
        <CheckboxField
          id="newsletter"
          name="newsletter"
          label="Get weekly newsletter"
          checked={data.newsletter}
          aria-describedby={data.newsletterStop || newsletterError ? "newsletter-note" : undefined}
          onChange={(event) => change({ kind: "newsletter", value: event.target.checked })}
        />
        <div id="newsletter-note" className="mt-1 ml-6 space-y-1 text-sm">
          {data.newsletterStop && !data.newsletter && (
            <p className="text-stone-700">{describeNewsletterStop(data.newsletterStop)}</p>
          )}
          {newsletterError && (
            <p role="alert" className="text-red-800">
              {newsletterError}
            </p>
          )}
        </div>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Your interests</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {interests.map((interest) => (
            <CheckboxField
              key={interest.id}
              id={`interest-${interest.id}`}
              name="interests"
              value={interest.id}
              label={interest.name}
              checked={chosen.has(interest.id)}
              onChange={(event) =>
                change({ kind: "interest", interestId: interest.id, value: event.target.checked })
              }
            />
          ))}
          {retired.map((interest) => (
            <CheckboxField
              key={interest.id}
              id={`interest-${interest.id}`}
              name="interests"
              value={interest.id}
              label={`${interest.name} (no longer offered)`}
              checked={chosen.has(interest.id)}
              disabled={!chosen.has(interest.id)}
              onChange={(event) =>
                change({ kind: "interest", interestId: interest.id, value: event.target.checked })
              }
            />
          ))}
        </div>
      </fieldset>
      <div className="min-h-6 text-sm">
        <p role="status" className="text-emerald-800">
          {status.kind === "saving" ? "Saving…" : status.kind === "saved" ? "Saved" : ""}
        </p>
        {status.kind === "error" && (
          <p role="alert" className="text-red-800">
            {status.message}
          </p>
        )}
      </div>
      {/* Each tick saves itself once JavaScript runs; without it, the choices are sent together. */}
      {!hydrated && <Button type="submit">Save my choices</Button>}
    </form>
  );
}
