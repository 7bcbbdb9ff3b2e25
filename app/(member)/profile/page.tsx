import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { getOwnPendingEmail, getOwnProfile } from "@/lib/data/own-account";
import { formatTime } from "@/lib/format-time";
import { listActiveInterests } from "@/lib/data/interests";
import { FormMessage } from "@/components/form/form-message";
import { FormSuccess } from "@/components/form/form-success";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "./actions";
import { DeleteAccount } from "./_components/delete-account";
import { EmailChangeForm } from "./_components/email-change-form";
import { NameForm } from "./_components/name-form";
import { PreferencesForm } from "./_components/preferences";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { saved, email } = await searchParams;
  await requireMemberPage();
  const [profile, interests, pending] = await Promise.all([
    getOwnProfile(),
    listActiveInterests(),
    getOwnPendingEmail(),
  ]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-3xl font-bold">Your profile</h1>
        <p className="mt-1 text-stone-700">Signed in as {profile.email}</p>
      </div>
      <section aria-labelledby="name-heading" className="space-y-4">
        <h2 id="name-heading" className="text-xl font-semibold">
          Your name
        </h2>
        <NameForm firstName={profile.firstName} lastName={profile.lastName} />
      </section>
      <section aria-labelledby="email-heading" className="space-y-4">
        <h2 id="email-heading" className="text-xl font-semibold">
          Your email address
        </h2>
        {email === "changed" && (
          <FormSuccess message="Your email address has changed: sign in with it from now on. Your interests and newsletter choice are as they were." />
        )}
        <p className="text-stone-700">
          We send everything to <strong className="break-all">{profile.email}</strong>. To use another
          address, enter it here: we send a link to it, and your address changes when you open that link. If
          you signed in more than an hour ago, we first send you a sign-in link to your current address.
        </p>
        {pending && (
          <p className="text-sm text-stone-700">
            Waiting for you to open the link sent to <strong className="break-all">{pending.email}</strong> on{" "}
            {formatTime(pending.requestedAt)}.
          </p>
        )}
        <EmailChangeForm />
      </section>
      <section aria-labelledby="mail-heading" className="space-y-4">
        <h2 id="mail-heading" className="text-xl font-semibold">
          What we send you
        </h2>
        {saved === "1" && <FormSuccess message="Your choices are saved." />}
        {saved === "refused" && (
          <FormMessage message="Your interests are saved, but the newsletter could not be ticked again: the note under it says why." />
        )}
        <PreferencesForm
          initial={{
            newsletter: profile.newsletter,
            newsletterStop: profile.newsletterStop,
            interestIds: profile.interestIds,
          }}
          interests={interests}
          retired={profile.retiredInterests}
        />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-4">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Where you are signed in
        </h2>
        <p className="text-stone-700">
          Signed in on a device you no longer use, or one that is not yours? This signs you out on every
          device, this one too.
        </p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </section>
      <section aria-labelledby="data-heading" className="space-y-4">
        <h2 id="data-heading" className="text-xl font-semibold">
          Your data
        </h2>
        <p className="text-stone-700">
          A copy of everything we hold about you: your profile, interests, consent, sign-ins, the history of
          your account, and what our mailing service holds for you (a JSON file).
        </p>
        <p>
          <a href="/profile/data" className="text-emerald-800 underline">
            Download my data
          </a>
        </p>
      </section>
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete your account
        </h2>
        <DeleteAccount />
      </section>
    </div>
  );
}
