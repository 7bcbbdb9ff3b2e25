"use client";

import { useActionState, useState } from "react";
import { FieldError } from "@/components/form/field-error";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/validation/form-state";
import { MAX_IMPORT_BYTES } from "@/lib/validation/limits";
import { uploadImportAction } from "../actions";

const tooLarge = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`;

export function UploadForm() {
  const [state, formAction, pending] = useActionState(uploadImportAction, idleForm);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = localError ? [localError] : state.fieldErrors?.file;
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        const error = !file ? "Choose a CSV file" : file.size > MAX_IMPORT_BYTES ? tooLarge : null;
        setLocalError(error);
        if (error) event.preventDefault();
      }}
    >
      <FormMessage message={state.message} />
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
