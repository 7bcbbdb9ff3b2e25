import Link from "next/link";

/** The link back to the page above this one ("← Members"). */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-emerald-800 underline">
        ← {children}
      </Link>
    </p>
  );
}
