"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/validation/form-state";

/**
 * Put inside a form: after a submit that failed, focus goes to the first invalid field, or to the form's
 * error message when no field is to blame, so that keyboard and screen-reader users land on what to fix.
 */
export function FocusFirstError({ state }: { state: FormState }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    const form = marker.current?.closest("form");
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const message = form?.querySelector<HTMLElement>('[role="alert"]');
    const target = field ?? message;
    if (!target) return;
    if (target === message) target.tabIndex = -1;
    target.focus();
  }, [state]);
  return <span ref={marker} hidden />;
}
