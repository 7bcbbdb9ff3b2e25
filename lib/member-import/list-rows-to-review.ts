import "server-only";
import { db } from "@/lib/db";

export const REVIEW_PAGE_SIZE = 50;

/** The rows an admin should look at: those that cannot be imported and those with a note, a page at a time. */
export async function listRowsToReview(id: string, page: number) {
  const where = { importId: id, OR: [{ problem: { not: null } }, { note: { not: null } }] };
  const [rows, total] = await Promise.all([
    db.memberImportRow.findMany({
      where,
      orderBy: { row: "asc" },
      skip: (page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: { row: true, email: true, preview: true, outcome: true, problem: true, note: true },
    }),
    db.memberImportRow.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)) };
}
