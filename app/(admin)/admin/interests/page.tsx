import type { Metadata } from "next";
import { listAllInterests } from "@/lib/data/admin-interests";
import { AddInterestForm } from "./_components/add-interest-form";
import { InterestRow } from "./_components/interest-row";

export const metadata: Metadata = { title: "Interests" };

export default async function AdminInterestsPage() {
  const interests = await listAllInterests();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Interests</h1>
      <p className="text-stone-700">
        Members choose from the active interests. Archived ones are no longer offered: members who chose them
        keep them (their profile marks them “no longer offered” so that they can untick them), unless you
        remove the interest from all of them, which also empties its MailerLite group. An interest nobody has
        can be deleted. Names are unique whatever their case.
      </p>
      <AddInterestForm />
      <ul>
        {interests.map((interest) => (
          <InterestRow key={interest.id} interest={interest} />
        ))}
      </ul>
    </div>
  );
}
