import type { Metadata } from "next";
import Link from "next/link";
import { mailedAddress } from "@/lib/request/mailed-address";
import { SendAgainForm } from "./_components/send-again-form";

export const metadata: Metadata = { title: "Link sent" };

export default async function CheckEmailPage() {
  const email = await mailedAddress();
  return (
    <section className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="font-serif text-3xl font-bold">Almost there</h1>
      <p className="text-stone-700">
        Check your email
        {email ? (
          <>
            {" "}
            at <strong className="break-all">{email}</strong>
          </>
        ) : null}
        : we have sent you a link. Open it to continue — it works for 24 hours. If nothing arrives within a
        few minutes, look in your spam folder.
      </p>
      {email ? (
        <SendAgainForm />
      ) : (
        <p>
          <Link href="/signin" className="text-emerald-800 underline">
            Ask for another link
          </Link>
        </p>
      )}
      {email && (
        <p className="text-sm text-stone-600">
          Wrong address?{" "}
          <Link href="/signup" className="text-emerald-800 underline">
            Sign up again
          </Link>{" "}
          or{" "}
          <Link href="/signin" className="text-emerald-800 underline">
            sign in
          </Link>{" "}
          with the right one.
        </p>
      )}
    </section>
  );
}
