import { importReportCsv } from "@/lib/data/admin-member-import";
import { recordIdSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/** The rows of an import that were not imported (or imported with a note), and why (admins only). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = recordIdSchema.safeParse({ id: (await params).id });
  const report = parsed.success ? await importReportCsv(parsed.data.id) : null;
  if (!report) return new Response("Not found", { status: 404 });
  return new Response(report.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${report.fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
