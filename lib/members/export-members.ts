import "server-only";
import { stringify } from "csv-stringify/sync";
import { recordAudit } from "@/lib/audit/record-audit";
import { neutralizeCell } from "@/lib/csv/neutralize-cell";
import { db } from "@/lib/db";
import type { MemberFilter } from "@/lib/validation/member-filter";
import { memberRecordSelect } from "./member-record";
import { selectMembers } from "./select-members";
import type { SyncState } from "./read-member-page";
import { syncStateLabel } from "./sync-state-label";

const BATCH = 1000;

export const EXPORT_COLUMNS = [
  "email",
  "first_name",
  "last_name",
  "joined_at",
  "confirmed_at",
  "newsletter",
  "interests",
  "mailerlite_status",
  "sync_state",
] as const;

const mailerliteStatus = (m: {
  newsletter: boolean;
  newsletterStop: string | null;
  mailerliteId: string | null;
}) => m.newsletterStop ?? (m.newsletter && m.mailerliteId ? "subscribed" : "none");

/** The members the filter selects, a batch of rows at a time: never all of them in memory. */
async function* exportBatches(filter: MemberFilter): AsyncGenerator<string[][]> {
  const { where, syncSet } = await selectMembers(filter);
  let cursor: string | undefined;
  for (;;) {
    const read = await db.user.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        ...memberRecordSelect,
        interests: {
          select: { interest: { select: { name: true } } },
          orderBy: { interest: { name: "asc" } },
        },
      },
    });
    if (read.length === 0) return;
    cursor = read.at(-1)!.id;
    const batch = syncSet ? read.filter((m) => syncSet.ids.has(m.id) === syncSet.inside) : read;
    const syncs = await db.memberSync.findMany({
      where: { memberId: { in: batch.map((m) => m.id) } },
      select: { memberId: true, state: true },
    });
    const stateOf = new Map(syncs.map((s) => [s.memberId, s.state as SyncState]));
    yield batch.map((m) =>
      [
        m.email,
        m.firstName,
        m.lastName,
        m.createdAt.toISOString(),
        m.emailVerified?.toISOString() ?? "",
        m.newsletter ? "yes" : "no",
        m.interests.map((i) => i.interest.name).join("; "),
        mailerliteStatus(m),
        syncStateLabel({
          state: stateOf.get(m.id) ?? "synced",
          confirmed: m.emailVerified !== null,
          newsletter: m.newsletter,
          newsletterStop: m.newsletterStop,
        }),
      ].map(neutralizeCell),
    );
  }
}

/** Opens the file in Excel as UTF-8 (without it Excel reads the accents as its own code page). */
const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The members the filter selects as a CSV stream (UTF-8 with a byte order mark, a header row, the sync state
 * in the members table's words, cells neutralised against formula injection), written a batch at a time. The
 * export is written to the audit log.
 */
export async function exportMembers(
  filter: MemberFilter,
  adminId: string,
): Promise<ReadableStream<Uint8Array>> {
  await recordAudit(db, {
    actor: { kind: "admin", ref: adminId },
    action: "admin.exported_members",
    detail: JSON.stringify(filter),
  });
  const batches = exportBatches(filter);
  const encoder = new TextEncoder();
  let header = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        if (header) controller.enqueue(encoder.encode(BYTE_ORDER_MARK + stringify([[...EXPORT_COLUMNS]])));
        controller.close();
        return;
      }
      const rows = header ? [[...EXPORT_COLUMNS], ...next.value] : next.value;
      controller.enqueue(encoder.encode((header ? BYTE_ORDER_MARK : "") + stringify(rows)));
      header = false;
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
