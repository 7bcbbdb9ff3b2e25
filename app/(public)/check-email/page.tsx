import type { Metadata } from "next";

export const metadata: Metadata = { title: "Link sent" };

export default function CheckEmailPage() {
  return (
    <section className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="font-serif text-3xl font-bold">Almost there</h1>
      <p className="text-stone-700">
        Check your email: we have sent you a link. Open it to continue — it works for 24 hours. If nothing
        arrives within a few minutes, look in your spam folder.
      </p>
    </section>
  );
}
