"use client";

import { useEffect, useState } from "react";
import { FieldError } from "@/components/form/field-error";
import { Button } from "@/components/ui/button";
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from "@/lib/validation/limits";

/**
 * Sends the file to the upload route as a plain form post, with or without JavaScript (a server action would
 * need the large body limit for every action). `error` is what the server found wrong with the last upload.
 */
export function UploadForm({ error }: { error: string | null }) {
  const [localError, setLocalError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Back on this page from the next one (the browser's page cache), the form can be sent again.
  useEffect(() => {
    const reset = (event: PageTransitionEvent) => event.persisted && setPending(false);
    window.addEventListener("pageshow", reset);
    return () => window.removeEventListener("pageshow", reset);
  }, []);
  const message = localError ?? error;
  const errors = message ? [message] : undefined;
  return (
    <form
      action="/admin/members/import/upload"
      method="post"
      encType="multipart/form-data"
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        const problem = !file ? "Choose a CSV file" : file.size > MAX_IMPORT_BYTES ? IMPORT_TOO_LARGE : null;
        setLocalError(problem);
        if (problem) event.preventDefault();
        else setPending(true);
      }}
    >
      <div>
        <label htmlFor="file" className="block text-sm font-medium text-stone-800">
          CSV file
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block text-sm"
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "file-error" : undefined}
          onChange={() => setLocalError(null)}
        />
        <FieldError id="file-error" errors={errors} />
      </div>
      <Button type="submit" disabled={pending}>
        Upload
      </Button>
    </form>
  );
}
