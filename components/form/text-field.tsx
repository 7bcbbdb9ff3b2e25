import type { InputHTMLAttributes } from "react";
import { FieldError } from "./field-error";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] };

export function TextField({ label, name, errors, id = name, className, ...input }: Props) {
  const errorId = `${id}-error`;
  const invalid = !!errors?.length;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-emerald-700 focus:ring-2 focus:ring-emerald-700/30 focus:outline-none aria-[invalid]:border-red-700"
        {...input}
      />
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
