"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

/** What a person sees when a page fails: a way to try again, a way home, and a reference for the logs. */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <main className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="text-stone-700">This page could not be shown just now. Please try again in a moment.</p>
      <div className="flex gap-3">
        <Button onClick={() => retry()}>Try again</Button>
        <Link
          href="/"
          className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100"
        >
          Go to the home page
        </Link>
      </div>
      {digest && <p className="text-sm text-stone-500">Reference: {digest}</p>}
    </main>
  );
}
