import type { InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; id: string };

export function CheckboxField({ label, id, ...input }: Props) {
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        className="size-4 rounded border-stone-400 accent-emerald-800"
        {...input}
      />
      <label htmlFor={id} className="text-stone-800">
        {label}
      </label>
    </div>
  );
}
