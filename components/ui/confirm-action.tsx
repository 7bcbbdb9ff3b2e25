"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { SubmitButton } from "@/components/form/submit-button";
import { Button } from "./button";

/**
 * A destructive action asked twice. Without JavaScript the trigger is a link to a page of its own that asks;
 * with it, the question opens in place: focus moves into it, Escape or Cancel closes it and focus goes back.
 */
export function ConfirmAction({
  triggerLabel,
  triggerVariant = "secondary",
  confirmHref,
  confirmLabel,
  pendingLabel = "Deleting…",
  action,
  fields,
  children,
}: {
  triggerLabel: string;
  triggerVariant?: "secondary" | "danger";
  /** The page that asks without JavaScript. */
  confirmHref: string;
  confirmLabel: string;
  pendingLabel?: string;
  action: (formData: FormData) => Promise<void>;
  fields?: Record<string, string>;
  /** What the question says, above its buttons. */
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLAnchorElement>(null);
  const confirm = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) confirm.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
    else if (wasOpen.current) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    const look =
      triggerVariant === "danger"
        ? "bg-red-800 text-white hover:bg-red-900"
        : "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100";
    return (
      <Link
        ref={trigger}
        href={confirmHref}
        role="button"
        className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus:ring-2 focus:ring-emerald-700/40 focus:ring-offset-1 focus:outline-none ${look}`}
        onClick={(event) => {
          event.preventDefault();
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key !== " ") return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Link>
    );
  }
  return (
    <div
      ref={confirm}
      role="group"
      aria-label={triggerLabel}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
    >
      <form action={action} className="space-y-3">
        {Object.entries(fields ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <div className="flex flex-wrap gap-2">
          <SubmitButton variant="danger" pendingLabel={pendingLabel}>
            {confirmLabel}
          </SubmitButton>
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}
