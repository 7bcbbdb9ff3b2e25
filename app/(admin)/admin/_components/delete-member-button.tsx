"use client";

import { ConfirmAction } from "@/components/ui/confirm-action";
import { deleteMemberAction } from "../actions";

export function DeleteMemberButton({
  id,
  email,
  action = deleteMemberAction,
}: {
  id: string;
  email: string;
  /** The server action that deletes (the list's, by default). */
  action?: (formData: FormData) => Promise<void>;
}) {
  return (
    <ConfirmAction
      triggerLabel={`Delete ${email}`}
      confirmHref={`/admin/members/${id}/delete`}
      confirmLabel="Yes, delete"
      action={action}
      fields={{ id }}
    />
  );
}
