import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SubmitButton } from "@/components/form/submit-button";
import { getMemberDetail } from "@/lib/data/admin-member-detail";
import { recordIdSchema } from "@/lib/validation/fields";
import { deleteMemberFromDetailAction } from "../actions";

export const metadata: Metadata = { title: "Delete a member" };

/** The question "Delete …?" on a page of its own (without JavaScript; with it, it opens in place). */
export default async function DeleteMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = recordIdSchema.safeParse({ id: (await params).id });
  const member = parsed.success ? await getMemberDetail(parsed.data.id) : null;
  if (!member) notFound();
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="font-serif text-3xl font-bold break-all">Delete {member.email}?</h1>
      <p className="text-stone-700">
        Their account, interests and sessions are deleted, and their MailerLite subscriber is erased. This
        cannot be undone.
      </p>
      <form action={deleteMemberFromDetailAction} className="flex flex-wrap gap-3">
        <input type="hidden" name="id" value={member.id} />
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Yes, delete
        </SubmitButton>
        <Link href={`/admin/members/${member.id}`} className="px-4 py-2 text-sm text-emerald-800 underline">
          Cancel
        </Link>
      </form>
    </div>
  );
}
