import type { Metadata } from "next";
import { LINK_PAGE_REFERRER } from "@/lib/security/link-page-referrer";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { landOnLink } from "@/lib/data/email-links";
import { linkSchema } from "@/lib/validation/member";
import { signInWithLinkAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", referrer: LINK_PAGE_REFERRER };

/** Opening the link only shows this page; the person's click on "Sign in" signs them in. */
export default async function SignInLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const link = linkSchema.safeParse(await searchParams);
  const landing = link.success ? await landOnLink(link.data) : null;
  if (!link.success || !landing) redirect("/signin?error=Verification");
  if (landing.kind === "confirm") redirect(`/confirm?${new URLSearchParams(link.data).toString()}`);
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Sign in</h1>
        <p className="mt-2 text-stone-700">
          Sign in to your profile as <strong>{landing.email}</strong>.
        </p>
      </div>
      <form action={signInWithLinkAction}>
        <input type="hidden" name="email" value={link.data.email} />
        <input type="hidden" name="token" value={link.data.token} />
        <Button type="submit">Sign in</Button>
      </form>
    </section>
  );
}
