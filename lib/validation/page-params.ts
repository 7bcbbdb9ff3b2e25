import { z } from "zod";

export const pageParamsSchema = z.object({
  q: z.string().max(200).catch("").default(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
