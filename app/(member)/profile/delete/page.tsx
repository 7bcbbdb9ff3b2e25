import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/components/form/submit-button";
import { requireMemberPage } from "@/lib/auth/session";
import { deleteAccountAction } from "../actions";
import { DELETE_ACCOUNT_WARNING } from "../_components/delete-account-warning";

export const metadata: Metadata = { title: "Delete your account" };

/** The question on a page of its own (without JavaScript; with it, it opens on the profile). */
export default async function DeleteAccountPage() {
  await requireMemberPage();
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Delete your account?</h1>
      <p className="text-stone-700">{DELETE_ACCOUNT_WARNING}</p>
      <form action={deleteAccountAction} className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Yes, delete my account
        </SubmitButton>
        <Link href="/profile" className="px-4 py-2 text-sm text-emerald-800 underline">
          Cancel
        </Link>
      </form>
    </div>
  );
}
