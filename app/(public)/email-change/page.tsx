import type { Metadata } from "next";
import { LINK_PAGE_REFERRER } from "@/lib/security/link-page-referrer";
import { landOnEmailChangeLink } from "@/lib/data/email-links";
import { emailChangeLinkSchema } from "@/lib/validation/member";
import { LinkOutcome, type Outcome } from "./_components/link-outcome";
import { MemberLinkForm } from "./_components/member-link-form";
import { confirmEmailChangeAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email address", referrer: LINK_PAGE_REFERRER };

const RESULTS: Record<string, Outcome> = {
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

const toProfile = { href: "/profile", label: "Go to your profile" };

/** Opening the link only shows this page; the person's click on "Confirm new address" changes the address. */
export default async function EmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  if (params.result)
    return <LinkOutcome outcome={RESULTS[params.result] ?? RESULTS.unusable!} next={toProfile} />;
  const link = emailChangeLinkSchema.safeParse(params);
  const landing = link.success ? await landOnEmailChangeLink(link.data) : "unusable";
  if (!link.success || landing !== "usable")
    return <LinkOutcome outcome={RESULTS[landing]!} next={toProfile} />;
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Confirm your new email address</h1>
        <p className="mt-2 text-stone-700">
          Your account&apos;s address becomes <strong className="break-all">{link.data.email}</strong>.
        </p>
      </div>
      <MemberLinkForm action={confirmEmailChangeAction} link={link.data} label="Confirm new address" />
    </section>
  );
}
