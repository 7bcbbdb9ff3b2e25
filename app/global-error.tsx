"use client";

import { ErrorNotice } from "./_components/error-notice";
import "./globals.css";

/** Replaces the root layout when it fails itself, so it brings its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <title>Something went wrong</title>
        <ErrorNotice error={error} retry={retry} />
      </body>
    </html>
  );
}
