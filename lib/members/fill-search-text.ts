import "server-only";
import { db } from "@/lib/db";
import { searchTextOf } from "./search-text";

type Unfilled = { id: string; email: string; firstName: string; lastName: string };

/** Members stored before the search text existed (or written around the app) get theirs, all of them. */
export async function fillMissingSearchText(): Promise<number> {
  let filled = 0;
  for (;;) {
    // The empty text is written into the statement, not bound: only so can SQLite use its partial index
    // (scripts/lib/member-search-index.ts) instead of reading every member once an hour.
    const members = await db.$queryRaw<Unfilled[]>`
      SELECT "id", "email", "firstName", "lastName" FROM "User" WHERE "searchText" = '' LIMIT 500`;
    if (members.length === 0) return filled;
    for (const { id, ...names } of members) {
      await db.user.updateMany({ where: { id, searchText: "" }, data: { searchText: searchTextOf(names) } });
    }
    filled += members.length;
  }
}
