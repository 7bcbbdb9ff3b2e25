import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { FormSuccess } from "@/components/form/form-success";
import { Button } from "@/components/ui/button";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { FactList } from "@/components/ui/fact-list";
import { getMemberDetail } from "@/lib/data/admin-member-detail";
import { formatTime } from "@/lib/format-time";
import { adminStopLabel } from "../../_components/admin-stop-label";
import { syncStateLabel } from "@/lib/members/sync-state-label";
import { recordIdSchema } from "@/lib/validation/fields";
import { DeleteMemberButton } from "../../_components/delete-member-button";
import { deleteMemberFromDetailAction, retryMemberSyncAction } from "./actions";
import { SendLinkButton } from "./_components/send-link-button";

export const metadata: Metadata = { title: "Member" };

const KNOWN: Record<string, string> = {
  present: "a subscriber",
  absent: "no subscriber",
  unknown: "perhaps a subscriber (being checked)",
};

export default async function MemberDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = recordIdSchema.safeParse({ id: (await params).id });
  const member = parsed.success ? await getMemberDetail(parsed.data.id) : null;
  if (!member) notFound();
  const name = [member.firstName, member.lastName].filter(Boolean).join(" ") || "(no name)";
  const { mailerlite } = member;
  const added = (await searchParams).added === "1";
  return (
    <div className="space-y-8">
      <BackLink href="/admin">All members</BackLink>
      {added && <FormSuccess message="Member added. A welcome email with a sign-in link is on its way." />}
      <div>
        <h1 className="font-serif text-3xl font-bold break-words">{name}</h1>
        <p className="mt-1 break-words text-stone-700">{member.email}</p>
      </div>
      <section aria-labelledby="member-heading" className="space-y-3">
        <h2 id="member-heading" className="text-xl font-semibold">
          Member
        </h2>
        <FactList
          facts={[
            ["Joined", formatTime(member.joinedAt)],
            ["Address confirmed", member.confirmedAt ? formatTime(member.confirmedAt) : "Not yet"],
            [
              "Newsletter",
              member.newsletter
                ? "Yes"
                : member.newsletterStop
                  ? adminStopLabel(member.newsletterStop, formatTime)
                  : "No",
            ],
            ["Interests", member.interests.join(", ") || "None"],
          ]}
        />
        <div className="flex flex-wrap gap-3">
          <SendLinkButton id={member.id} />
          <DeleteMemberButton id={member.id} email={member.email} action={deleteMemberFromDetailAction} />
        </div>
      </section>
      <section aria-labelledby="mailerlite-heading" className="space-y-3">
        <h2 id="mailerlite-heading" className="text-xl font-semibold">
          In MailerLite
        </h2>
        <FactList
          facts={[
            ["MailerLite holds", KNOWN[mailerlite.known] ?? mailerlite.known],
            ["Subscriber id", mailerlite.subscriberId ?? "—"],
            ["Status", mailerlite.status ?? "—"],
            ["Groups", mailerlite.groups.join(", ") || "None"],
            [
              "Sync",
              `${syncStateLabel({
                state:
                  mailerlite.syncState === "failed" || mailerlite.syncState === "pending"
                    ? mailerlite.syncState
                    : "synced",
                confirmed: member.confirmedAt !== null,
                newsletter: member.newsletter,
                newsletterStop: member.newsletterStop?.reason ?? null,
              })}${mailerlite.attempts ? ` (${mailerlite.attempts} attempts)` : ""}`,
            ],
            ["Last synced", formatTime(mailerlite.syncedAt)],
            ["Last error", mailerlite.lastError ?? "—"],
          ]}
        />
        {mailerlite.syncState !== "synced" && (
          <form action={retryMemberSyncAction}>
            <input type="hidden" name="id" value={member.id} />
            <Button type="submit" variant="secondary">
              Retry
            </Button>
          </form>
        )}
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        {member.history.length === 0 ? (
          <p>Nothing recorded yet.</p>
        ) : (
          <DataTable columns={["When", "Who", "What", "Detail"]}>
            {member.history.map((entry) => (
              <Row key={entry.id}>
                <Cell>{formatTime(entry.at)}</Cell>
                <Cell>{entry.actor}</Cell>
                <Cell>{entry.action}</Cell>
                <Cell wrap="all">{entry.detail ?? "—"}</Cell>
              </Row>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
