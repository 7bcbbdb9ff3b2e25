import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { emptyAction } from "./actions";

// Rendered per request, like every page of the app (each carries its own CSP nonce).
export const dynamic = "force-dynamic";

/** The framework's floor for `npm run bench:http`: the root layout, one form, an action that does nothing. */
export default function FloorPage() {
  if (!env.BENCH_ROUTES) notFound();
  return (
    <form action={emptyAction}>
      <button type="submit">Nothing</button>
    </form>
  );
}
