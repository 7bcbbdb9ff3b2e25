import type { Metadata } from "next";
import { landOnKeepOldEmailLink } from "@/lib/data/email-links";
import { LINK_PAGE_REFERRER } from "@/lib/security/link-page-referrer";
import { emailChangeLinkSchema } from "@/lib/validation/member";
import { LinkOutcome, type Outcome } from "../_components/link-outcome";
import { MemberLinkForm } from "../_components/member-link-form";
import { keepOldEmailAction } from "./actions";

export const metadata: Metadata = { title: "Keep your old email address", referrer: LINK_PAGE_REFERRER };

const signedOut = "Everyone who was signed in to your account has been signed out.";

const RESULTS: Record<string, Outcome> = {
  restored: {
    heading: "Your old address is back",
    text: `Your account has its old email address again. ${signedOut} Sign in with your address to continue.`,
  },
  kept: {
    heading: "Your address stays as it was",
    text: `The change had not been confirmed, and it is cancelled: the link sent to the other address no longer works. ${signedOut} Sign in with your address to continue.`,
  },
  taken: {
    heading: "Your old address could not be given back",
    text: `Another account has used your old address since the change, so this account keeps the address it was changed to. ${signedOut} Sign in with your old address to use that other account, and ask the club's organisers to help you with the one that was changed.`,
  },
  unusable: {
    heading: "This link cannot be used",
    text: "It has expired (it works for 7 days), it has been used too often, or the account no longer exists. If your address was changed without you, ask the club's organisers for help.",
  },
};

const toSignIn = { href: "/signin", label: "Sign in" };

/** Opening the link only shows this page; the person's click on "Keep my old address" gives it back. */
export default async function KeepOldEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  if (params.result)
    return <LinkOutcome outcome={RESULTS[params.result] ?? RESULTS.unusable!} next={toSignIn} />;
  const link = emailChangeLinkSchema.safeParse(params);
  if (!link.success || !(await landOnKeepOldEmailLink(link.data))) {
    return <LinkOutcome outcome={RESULTS.unusable!} next={toSignIn} />;
  }
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Keep your old email address</h1>
        <p className="mt-2 text-stone-700">
          Someone asked to change the email address of your account. Your account keeps{" "}
          <strong className="break-all">{link.data.email}</strong> (or gets it back, if the change went
          through), and everyone signed in to it is signed out.
        </p>
      </div>
      <MemberLinkForm action={keepOldEmailAction} link={link.data} label="Keep my old address" />
    </section>
  );
}
