"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
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
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Delete {email}
      </Button>
    );
  }
  return (
    <form action={action} className="flex gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="danger">
        Yes, delete
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </form>
  );
}
