import type { Metadata } from "next";
import { LINK_PAGE_REFERRER } from "@/lib/security/link-page-referrer";
import { redirect } from "next/navigation";
import { landOnLink } from "@/lib/data/email-links";
import { listActiveInterests } from "@/lib/data/interests";
import { linkSchema } from "@/lib/validation/member";
import { ConfirmForm } from "./_components/confirm-form";

export const metadata: Metadata = { title: "Confirm your email address", referrer: LINK_PAGE_REFERRER };

/** Opening the link only shows this page; the person's click on its button confirms (a scanner's visit does not). */
export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  const link = linkSchema.safeParse(params);
  const landing = link.success ? await landOnLink(link.data) : null;
  if (!link.success || !landing) redirect("/signin?error=Verification");
  if (landing.kind === "sign-in") redirect(`/signin/verify?${new URLSearchParams(link.data).toString()}`);
  const interests = await listActiveInterests();
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Confirm your email address</h1>
        <p className="mt-2 text-stone-700">
          You are joining as <strong>{landing.email}</strong>. Check what we will send you, change anything
          you like, then confirm.
        </p>
      </div>
      <ConfirmForm link={link.data} choices={landing.choices} interests={interests} />
    </section>
  );
}
