import "server-only";
import { db } from "@/lib/db";

/** Every interest by name, archived ones last, without the member counts (a filter's or a form's choices). */
export async function readInterestChoices() {
  const interests = await db.interest.findMany({
    orderBy: [{ archivedAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, archivedAt: true },
  });
  return interests.map((i) => ({ id: i.id, name: i.name, archived: i.archivedAt !== null }));
}
