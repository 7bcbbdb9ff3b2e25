import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CsvDelimiter } from "@/lib/csv/read-csv";
import { db } from "@/lib/db";
import { transaction } from "@/lib/transaction";
import { IMPORT_CONSENT_LABEL, IMPORT_INTERESTS_LABEL } from "@/lib/validation/consent-labels";
import type { ImportMappingInput } from "@/lib/validation/member-import";
import { mappingErrors } from "./column-mapping";
import type { ImportColumn } from "./import-column";
import { previewImport } from "./preview-import";

/**
 * Reads the file through the admin's mapping and stores the preview; returns the mapping's errors (by
 * field) instead when it cannot be used. The admin's statements (consent to the newsletter, interests the
 * members asked for) are recorded with who and when.
 */
export async function applyImportMapping(
  input: ImportMappingInput,
  admin: { id: string; email: string },
): Promise<Record<string, string[]> | null> {
  const found = await db.memberImport.findUnique({
    where: { id: input.id },
    select: { source: true, delimiter: true, columns: true, state: true },
  });
  if (!found?.source || !["draft", "previewed"].includes(found.state)) {
    return { form: ["This import has started already; upload the file again to change it"] };
  }
  const columns = JSON.parse(found.columns) as ImportColumn[];
  if (input.mapping.length !== columns.length) return { form: ["Choose what each column holds"] };
  const active = await db.interest.findMany({ where: { archivedAt: null }, select: { id: true } });
  const errors = mappingErrors(input.mapping, new Set(active.map((i) => i.id)));
  if (Object.keys(errors).length > 0) return errors;
  const counts = await previewImport(
    input.id,
    { source: found.source, delimiter: found.delimiter as CsvDelimiter },
    input.mapping,
    { newsletter: input.consent, interests: input.interestsAsked },
  );
  await transaction(async (tx) => {
    await tx.memberImport.update({
      where: { id: input.id },
      data: {
        state: "previewed",
        mapping: JSON.stringify(input.mapping),
        consentBy: input.consent ? admin.email : null,
        consentAt: input.consent ? new Date() : null,
        interestsBy: input.interestsAsked ? admin.email : null,
        interestsAt: input.interestsAsked ? new Date() : null,
        previewNew: counts.new,
        previewUpdated: counts.updated,
        previewSame: counts.unchanged,
        previewInvalid: counts.invalid,
        previewDupes: counts.duplicate,
      },
    });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: admin.id },
      action: "admin.previewed_import",
      subject: input.id,
      detail: JSON.stringify({
        ...counts,
        consent: input.consent ? IMPORT_CONSENT_LABEL : null,
        interests: input.interestsAsked ? IMPORT_INTERESTS_LABEL : null,
      }),
    });
  });
  return null;
}
