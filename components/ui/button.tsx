import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-emerald-800 text-white hover:bg-emerald-900 disabled:bg-emerald-800/60",
  secondary: "border border-stone-300 bg-white text-stone-900 hover:bg-stone-100",
  danger: "bg-red-800 text-white hover:bg-red-900 disabled:bg-red-800/60",
};

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants };

export function Button({ variant = "primary", className = "", type = "button", ...props }: Props) {
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus:ring-2 focus:ring-emerald-700/40 focus:ring-offset-1 focus:outline-none ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
