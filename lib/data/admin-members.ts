import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deleteMember } from "@/lib/members/delete-member";
import { isNewsletterStop, type NewsletterStopInfo } from "@/lib/members/newsletter-stop";
import { normalizedSearch } from "@/lib/members/search-text";

export type SyncState = "synced" | "pending" | "failed";

/** The sync state of each of these members (members the sync has not seen yet count as pending). */
async function syncStatesOf(memberIds: string[]): Promise<Map<string, SyncState>> {
  const rows = await db.memberSync.findMany({ where: { memberId: { in: memberIds } }, select: { memberId: true, state: true } });
  const states = new Map(rows.map((row) => [row.memberId, row.state as SyncState]));
  return new Map(memberIds.map((id) => [id, states.get(id) ?? "pending"]));
}

export async function deleteMemberAsAdmin(memberId: string): Promise<boolean> {
  const admin = await requireAdmin();
  return deleteMember(memberId, { kind: "admin", ref: admin.id }, "admin.deleted_member");
}

export const MEMBERS_PAGE_SIZE = 50;

export type MemberRow = {
  id: string;
  email: string;
  name: string;
  confirmed: boolean;
  newsletter: boolean;
  /** Why and when MailerLite stopped the newsletter, if it did. */
  newsletterStop: NewsletterStopInfo | null;
  interests: string[];
  sync: SyncState;
};

/** Admin list: search by e-mail or name (every word must match), newest first, 50 a page. */
export async function listMembers(query: string, page: number) {
  await requireAdmin();
  const words = normalizedSearch(query).trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const where: Prisma.UserWhereInput = { AND: words.map((word) => ({ searchText: { contains: word } })) };
  const [members, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        emailVerified: true,
        newsletter: true,
        newsletterStop: true,
        newsletterStoppedAt: true,
        interests: { select: { interest: { select: { name: true } } }, orderBy: { interest: { name: "asc" } } },
      },
    }),
    db.user.count({ where }),
  ]);
  const syncStates = await syncStatesOf(members.map((m) => m.id));
  const rows: MemberRow[] = members.map((m) => ({
    id: m.id,
    email: m.email,
    name: [m.firstName, m.lastName].filter(Boolean).join(" "),
    confirmed: m.emailVerified !== null,
    newsletter: m.newsletter,
    newsletterStop:
      isNewsletterStop(m.newsletterStop) && m.newsletterStoppedAt ? { reason: m.newsletterStop, at: m.newsletterStoppedAt } : null,
    interests: m.interests.map((i) => i.interest.name),
    sync: syncStates.get(m.id) ?? "pending",
  }));
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE)) };
}
