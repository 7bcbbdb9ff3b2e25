import { z } from "zod";
import { isColumnUse, type ColumnUse } from "@/lib/member-import/column-mapping";
import { checkboxField, recordIdField } from "./fields";
import { MAX_IMPORT_COLUMNS } from "./limits";

/** The mapping form: what each column holds, and the consent statement for the file. */
export const importMappingSchema = z.object({
  id: recordIdField,
  mapping: z
    .array(z.string().refine(isColumnUse, "Choose what this column holds"))
    .max(MAX_IMPORT_COLUMNS)
    .transform((uses) => uses as ColumnUse[]),
  consent: checkboxField,
});
export type ImportMappingInput = z.infer<typeof importMappingSchema>;
