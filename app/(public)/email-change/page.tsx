import type { Metadata } from "next";
import { LINK_PAGE_REFERRER } from "@/lib/security/link-page-referrer";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { landOnEmailChangeLink } from "@/lib/data/email-links";
import { emailChangeLinkSchema } from "@/lib/validation/member";
import { confirmEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email address", referrer: LINK_PAGE_REFERRER };

const RESULTS: Record<string, { heading: string; text: string }> = {
  changed: {
    heading: "Your email address has changed",
    text: "Sign in with your new address from now on. Your interests and newsletter choice are as they were.",
  },
  taken: {
    heading: "Your address was not changed",
    text: "That address belongs to another account, so nothing was changed and nothing was merged. Sign in with that address to use its account, or choose another address on your profile.",
  },
  stale: {
    heading: "Your address was not changed",
    text: "You asked for another address since this link was sent. Use the link in the most recent email, or ask again from your profile.",
  },
  unusable: {
    heading: "This link cannot be used",
    text: "It has expired (links work for 24 hours) or has been used too often. Ask for a new one: on your profile, under “Change e-mail”.",
  },
};

function Outcome({ result }: { result: { heading: string; text: string } }) {
  return (
    <section className="mx-auto max-w-lg space-y-4">
      <h1 className="font-serif text-3xl font-bold">{result.heading}</h1>
      <p className="text-stone-700">{result.text}</p>
      <p>
        <Link href="/profile" className="text-emerald-800 underline">
          Go to your profile
        </Link>
      </p>
    </section>
  );
}

/** Opening the link only shows this page; the person's click on "Confirm new address" changes the address. */
export default async function EmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  if (params.result) return <Outcome result={RESULTS[params.result] ?? RESULTS.unusable!} />;
  const link = emailChangeLinkSchema.safeParse(params);
  const landing = link.success ? await landOnEmailChangeLink(link.data) : "unusable";
  if (!link.success || landing !== "usable") return <Outcome result={RESULTS[landing]!} />;
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Confirm your new email address</h1>
        <p className="mt-2 text-stone-700">
          Your account&apos;s address becomes <strong className="break-all">{link.data.email}</strong>.
        </p>
      </div>
      <form action={confirmEmailChangeAction}>
        <input type="hidden" name="member" value={link.data.member} />
        <input type="hidden" name="email" value={link.data.email} />
        <input type="hidden" name="token" value={link.data.token} />
        <Button type="submit">Confirm new address</Button>
      </form>
    </section>
  );
}
