"use client";

import { ConfirmAction } from "@/components/ui/confirm-action";
import { deleteAccountAction } from "../actions";
import { DELETE_ACCOUNT_WARNING } from "./delete-account-warning";

export function DeleteAccount() {
  return (
    <ConfirmAction
      triggerLabel="Delete my account"
      triggerVariant="danger"
      confirmHref="/profile/delete"
      confirmLabel="Yes, delete my account"
      action={deleteAccountAction}
    >
      <p className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-950">
        {DELETE_ACCOUNT_WARNING}
      </p>
    </ConfirmAction>
  );
}
