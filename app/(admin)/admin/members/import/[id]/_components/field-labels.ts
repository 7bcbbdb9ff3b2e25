import type { ColumnField } from "@/lib/validation/column-use";

/** How the mapping form names each member field a column can hold. */
export const FIELD_LABELS: Record<ColumnField, string> = {
  ignore: "Don't import",
  email: "Email",
  firstName: "First name",
  lastName: "Last name",
  newsletter: "Newsletter (yes/no)",
  interests: "Interests (a list in one cell)",
};
