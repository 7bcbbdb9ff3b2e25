import type { Metadata } from "next";

export const metadata: Metadata = { title: "Account deleted" };

export default function GoodbyePage() {
  return (
    <section className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="font-serif text-3xl font-bold">Your account has been deleted</h1>
      <p className="text-stone-700">
        We removed your details and your interests. Thank you for reading with us.
      </p>
    </section>
  );
}
