import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { listInterestChoices } from "@/lib/data/admin-interests";
import { AddMemberForm } from "./_components/add-member-form";

export const metadata: Metadata = { title: "Add a member" };

export default async function AddMemberPage() {
  const interests = await listInterestChoices();
  return (
    <div className="space-y-6">
      <BackLink href="/admin">Members</BackLink>
      <h1 className="font-serif text-3xl font-bold">Add a member</h1>
      <AddMemberForm
        interests={interests.filter((i) => !i.archived).map((i) => ({ id: i.id, name: i.name }))}
      />
    </div>
  );
}
