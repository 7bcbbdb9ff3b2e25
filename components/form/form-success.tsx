/** The confirmation a form shows after its action succeeded, announced politely to screen readers. */
export function FormSuccess({ message, className = "" }: { message?: string; className?: string }) {
  if (!message) return null;
  return (
    <p role="status" className={`text-sm text-emerald-800 ${className}`}>
      {message}
    </p>
  );
}
