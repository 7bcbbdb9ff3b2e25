import "server-only";
import { db } from "@/lib/db";

/** Every interest with how many members have it, archived ones last (the admin's interests page). */
export async function listInterests() {
  const interests = await db.interest.findMany({
    orderBy: [{ archivedAt: "asc" }, { name: "asc" }],
    select: { id: true, name: true, archivedAt: true, _count: { select: { members: true } } },
  });
  return interests.map((i) => ({
    id: i.id,
    name: i.name,
    archived: i.archivedAt !== null,
    memberCount: i._count.members,
  }));
}
