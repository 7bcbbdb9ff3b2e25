"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { deleteAccountAction } from "../actions";

export function DeleteAccount() {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Delete my account
      </Button>
    );
  }
  return (
    <form action={deleteAccountAction} className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
      <p className="text-sm text-red-950">
        This removes your profile and your interests and signs you out. It cannot be undone.
      </p>
      <div className="flex gap-3">
        <Button type="submit" variant="danger">
          Yes, delete my account
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
