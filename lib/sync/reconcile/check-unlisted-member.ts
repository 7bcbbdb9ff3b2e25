import "server-only";
import { sendSubscriberOperation, type MailerLiteClient } from "@/lib/mailerlite";
import { db } from "@/lib/db";
import { adoptMailerLiteStatus } from "@/lib/members/adopt-mailerlite-status";
import { reconcilePage, type SubscriberVerdict } from "./reconcile-subscriber";

export type UnlistedMember = { memberId: string; subscriberId: string };

const CHUNK = 100;

/**
 * The next member (after `after`, in id order) the app believes subscribed, whatever the state of their sync
 * row, whose subscriber no page of the pass begun at `startedAt` listed. A member MailerLite stopped
 * (unsubscribed, bounced, spam) is not one: their stop stands whatever becomes of the subscriber. A member a
 * worker holds right now is left to the next pass.
 */
export async function nextUnlistedMember(
  startedAt: Date,
  after: string | null,
  now: Date,
): Promise<UnlistedMember | null> {
  for (let cursor = after; ;) {
    const rows = await db.memberSync.findMany({
      where: {
        deleted: false,
        subscriberId: { not: null },
        OR: [{ reconciledAt: null }, { reconciledAt: { lt: startedAt } }],
        ...(cursor ? { memberId: { gt: cursor } } : {}),
      },
      orderBy: { memberId: "asc" },
      take: CHUNK,
      select: { memberId: true, subscriberId: true, leaseUntil: true },
    });
    if (rows.length === 0) return null;
    const subscribed = await db.user.findMany({
      where: { id: { in: rows.map((row) => row.memberId) }, newsletter: true, newsletterStop: null },
      select: { id: true, mailerliteId: true },
    });
    const subscriberOf = new Map(subscribed.map((member) => [member.id, member.mailerliteId]));
    const next = rows.find(
      (row) =>
        subscriberOf.get(row.memberId) === row.subscriberId && !(row.leaseUntil && row.leaseUntil > now),
    );
    if (next) return { memberId: next.memberId, subscriberId: next.subscriberId! };
    cursor = rows.at(-1)!.memberId;
  }
}

/**
 * Reads an unlisted member's subscriber back by id (one call). Gone (404): deleted in MailerLite, taken in as
 * a `subscriber.deleted` delivery would be ("missing"). Still there (made or changed while the pass walked):
 * compared like a listed one.
 */
export async function checkUnlistedMember(
  client: MailerLiteClient,
  { memberId, subscriberId }: UnlistedMember,
  managed: Set<string>,
  now: Date,
): Promise<SubscriberVerdict | "missing"> {
  const outcome = await sendSubscriberOperation(client, { kind: "read", key: subscriberId });
  if (outcome.kind === "subscriber") {
    const [verdict] = await reconcilePage([outcome.subscriber], managed, now);
    return verdict!;
  }
  if (outcome.kind === "subscriber-not-found") {
    const report = {
      subscriberId,
      email: null,
      status: "deleted",
      at: null,
      source: "reconciliation",
    } as const;
    const result = await adoptMailerLiteStatus(report, memberId);
    return result.startsWith("newsletter off") ? "missing" : "in-step";
  }
  if ("error" in outcome) throw outcome.error;
  throw new Error(`Reading subscriber ${subscriberId} back ended in ${outcome.kind}`);
}
