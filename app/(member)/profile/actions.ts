"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/config";
import {
  deleteOwnAccount,
  endAllOwnSessions,
  getOwnPreferences,
  requestOwnEmailChange,
  saveOwnPreferences,
  setOwnPreference,
  updateOwnName,
  type OwnPreferences,
} from "@/lib/data/own-account";
import { AppError } from "@/lib/errors";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";
import {
  emailChangeSchema,
  preferenceSchema,
  preferencesFormSchema,
  profileNameSchema,
} from "@/lib/validation/member";
import { clientIp } from "@/lib/request/client-ip";

export type Preferences = OwnPreferences;
export type PreferenceResult =
  { ok: true; preferences: Preferences } | { ok: false; message: string; field?: string };

export async function loadPreferencesAction(): Promise<Preferences> {
  return getOwnPreferences();
}

export async function savePreferenceAction(change: unknown): Promise<PreferenceResult> {
  const parsed = preferenceSchema.safeParse(change);
  if (!parsed.success) return { ok: false, message: "That change could not be saved." };
  try {
    await setOwnPreference(parsed.data);
    // The answer carries the saved choices, which the page shows: nothing of it needs rendering again.
    return { ok: true, preferences: await loadPreferencesAction() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, field: error.field };
    throw error;
  }
}

export async function updateNameAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = {
    firstName: String(formData.get("firstName") ?? ""),
    lastName: String(formData.get("lastName") ?? ""),
  };
  const parsed = profileNameSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: raw };
  try {
    await updateOwnName(parsed.data);
  } catch (error) {
    return formStateFromError(error, raw);
  }
  revalidatePath("/profile");
  return { status: "success", message: "Your name has been updated.", values: parsed.data };
}

export async function signOutEverywhereAction(): Promise<void> {
  await endAllOwnSessions();
  await signOut({ redirectTo: "/signin" });
}

export async function deleteAccountAction(): Promise<void> {
  await deleteOwnAccount();
  await signOut({ redirectTo: "/goodbye" });
}

export async function requestEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = { email: String(formData.get("email") ?? "") };
  const parsed = emailChangeSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: raw };
  let request: Awaited<ReturnType<typeof requestOwnEmailChange>>;
  try {
    request = await requestOwnEmailChange(parsed.data.email, await clientIp());
  } catch (error) {
    return formStateFromError(error, raw);
  }
  revalidatePath("/profile");
  if (request.result === "sign-in-first") {
    return {
      status: "success",
      message: `To change your address, sign in again first: we sent a sign-in link to ${request.currentEmail}. Open it, then ask for the change here again (a change needs a sign-in in the last hour). Nothing was sent to ${parsed.data.email}.`,
    };
  }
  return {
    status: "success",
    message: `Check your inbox at ${parsed.data.email}: open the link we sent to finish the change. Until then your address stays as it is.`,
  };
}

/** The profile's choices as one form: what a browser without JavaScript sends with "Save my choices". */
export async function savePreferencesFormAction(formData: FormData): Promise<void> {
  const parsed = preferencesFormSchema.safeParse({
    newsletter: formData.get("newsletter") ?? undefined,
    interestIds: formData.getAll("interests").map(String),
  });
  if (!parsed.success) redirect("/profile");
  const refused = await saveOwnPreferences(parsed.data);
  revalidatePath("/profile");
  redirect(refused ? "/profile?saved=refused" : "/profile?saved=1");
}
