import type { Metadata } from "next";
import { requireMemberPage } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/data/own-account";
import { listActiveInterests } from "@/lib/data/interests";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "./actions";
import { DeleteAccount } from "./_components/delete-account";
import { NameForm } from "./_components/name-form";
import { PreferencesForm } from "./_components/preferences";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  await requireMemberPage();
  const [profile, interests] = await Promise.all([getOwnProfile(), listActiveInterests()]);
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
      <section aria-labelledby="mail-heading" className="space-y-4">
        <h2 id="mail-heading" className="text-xl font-semibold">
          What we send you
        </h2>
        <PreferencesForm
          initial={{
            newsletter: profile.newsletter,
            newsletterStop: profile.newsletterStop,
            interestIds: profile.interestIds,
          }}
          interests={interests}
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
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete your account
        </h2>
        <DeleteAccount />
      </section>
    </div>
  );
}
