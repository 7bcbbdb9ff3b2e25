import "server-only";
import { db } from "@/lib/db";
import { searchTextOf } from "./search-text";

/** Members stored before the search text existed (or written around the app) get theirs, all of them. */
export async function fillMissingSearchText(): Promise<number> {
  let filled = 0;
  for (;;) {
    const members = await db.user.findMany({
      where: { searchText: "" },
      select: { id: true, email: true, firstName: true, lastName: true },
      take: 500,
    });
    if (members.length === 0) return filled;
    for (const { id, ...names } of members) {
      await db.user.updateMany({ where: { id, searchText: "" }, data: { searchText: searchTextOf(names) } });
    }
    filled += members.length;
  }
}
