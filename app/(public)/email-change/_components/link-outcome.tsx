import Link from "next/link";

export type Outcome = { heading: string; text: string };

/** What a link's click came to, with where to go next. */
export function LinkOutcome({ outcome, next }: { outcome: Outcome; next: { href: string; label: string } }) {
  return (
    <section className="mx-auto max-w-lg space-y-4">
      <h1 className="font-serif text-3xl font-bold">{outcome.heading}</h1>
      <p className="text-stone-700">{outcome.text}</p>
      <p>
        <Link href={next.href} className="text-emerald-800 underline">
          {next.label}
        </Link>
      </p>
    </section>
  );
}
