import { z } from "zod";
import { isColumnUse, type ColumnUse } from "./column-use";
import { checkboxField, recordIdField } from "./fields";
import { MAX_IMPORT_COLUMNS } from "./limits";

/**
 * The mapping form: what each column holds, the consent statement for the file, and the statement that the
 * members asked for the file's interests.
 */
export const importMappingSchema = z.object({
  id: recordIdField,
  mapping: z
    .array(z.string().refine(isColumnUse, "Choose what this column holds"))
    .max(MAX_IMPORT_COLUMNS)
    .transform((uses) => uses as ColumnUse[]),
  consent: checkboxField,
  interestsAsked: checkboxField,
});
export type ImportMappingInput = z.infer<typeof importMappingSchema>;
