import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";
import { readImportFile } from "./read-import-file";

const safeFileName = (name: string) =>
  name.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 120) || "members.csv";

/** An admin's CSV file: checked whole (nothing is stored if it is not valid), kept as a draft. Returns its id. */
export async function uploadImport(fileName: string, bytes: Uint8Array, adminId: string): Promise<string> {
  const file = await readImportFile(bytes);
  return transaction(async (tx) => {
    const created = await tx.memberImport.create({
      data: {
        createdBy: adminId,
        fileName: safeFileName(fileName),
        source: file.text,
        delimiter: file.delimiter,
        columns: JSON.stringify(file.columns),
        rowCount: file.rowCount,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: adminId },
      action: "admin.uploaded_import",
      subject: created.id,
      detail: `${safeFileName(fileName)}: ${file.rowCount} rows`,
    });
    return created.id;
  });
}
