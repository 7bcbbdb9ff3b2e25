import type { ReactNode } from "react";
import { FieldError } from "./field-error";

/** How every text control of a form looks, red-bordered while invalid. */
export const controlClassName =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-emerald-700 focus:ring-2 focus:ring-emerald-700/30 focus:outline-none aria-[invalid]:border-red-700";

/** The accessibility attributes a control `id` with these errors carries: invalid, described by its error. */
export function errorAttributes(id: string, errors?: string[]) {
  const invalid = !!errors?.length;
  return {
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${id}-error` : undefined,
  };
}

/** A control with its label above and its error below. */
export function LabelledField({
  id,
  label,
  errors,
  className,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
