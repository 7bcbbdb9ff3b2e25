"use client";

import { useLinkStatus } from "next/link";

/** Put inside a Link: shows, while the page it opens is loading, that it is on its way. */
export function LinkPending({ label = "Loading…" }: { label?: string }) {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="ml-2 text-stone-600">
      {label}
    </span>
  ) : null;
}
