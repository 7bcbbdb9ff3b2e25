"use server";

import { notFound } from "next/navigation";
import { env } from "@/lib/env";

/** Does nothing: the cost of a server action round trip itself (npm run bench:http). */
export async function emptyAction(): Promise<void> {
  if (!env.BENCH_ROUTES) notFound();
}
