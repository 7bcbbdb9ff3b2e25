import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <section className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="font-serif text-3xl font-bold">Check your email</h1>
      <p className="text-stone-700">
        We have sent you a link. Open it on this device to continue — it works for 24 hours. If nothing
        arrives within a few minutes, look in your spam folder.
      </p>
    </section>
  );
}
