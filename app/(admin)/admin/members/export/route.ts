import { exportMembersCsv } from "@/lib/data/admin-member-export";
import { memberFilterSchema } from "@/lib/validation/member-filter";

export const dynamic = "force-dynamic";

/** The members the table's filter selects, as CSV (admins only: the data layer checks). */
export async function GET(request: Request) {
  const filter = memberFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const body = await exportMembersCsv(filter);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="members-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
