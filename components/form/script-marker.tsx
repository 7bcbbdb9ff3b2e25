"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Tells the server action the form was sent by the page's script (`via=script`), so that it answers with a
 * state and lets the page move on by itself; a form sent without JavaScript has no such field (and gets a
 * redirect). Rendered only once the page is hydrated.
 */
export function ScriptMarker() {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? <input type="hidden" name="via" value="script" /> : null;
}
