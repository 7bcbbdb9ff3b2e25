/** A labelled progress bar: `done` of `total` (a total of 0 shows an empty bar). */
export function ProgressBar({
  id,
  label,
  done,
  total,
}: {
  id: string;
  label: string;
  done: number;
  total: number;
}) {
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block">
        {label}
      </label>
      <progress id={id} value={done} max={Math.max(total, 1)} className="h-3 w-full max-w-xl" />
    </div>
  );
}
