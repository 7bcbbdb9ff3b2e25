import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

export const MAILERLITE_STATUS_FILTERS = [
  "subscribed",
  "unsubscribed",
  "bounced",
  "junk",
  "deleted",
  "none",
] as const;
export const SYNC_STATE_FILTERS = ["synced", "pending", "failed"] as const;

/**
 * The member table's filter, as the URL carries it (shared by the page, its form and the export). A value
 * that does not parse is dropped, never an error: a hand-edited URL still shows a list.
 */
export const memberFilterSchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  newsletter: z.enum(["yes", "no"]).optional().catch(undefined),
  interest: z
    .string()
    .max(64)
    .regex(/^[\w-]+$/)
    .optional()
    .catch(undefined),
  status: z.enum(MAILERLITE_STATUS_FILTERS).optional().catch(undefined),
  sync: z.enum(SYNC_STATE_FILTERS).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});
export type MemberFilter = z.output<typeof memberFilterSchema>;

/** The filter's non-empty values, for links that keep it (pagination, export). */
export function filterParams(filter: MemberFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );
}
