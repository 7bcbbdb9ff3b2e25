import type { z } from "zod";
import { MailerLiteError } from "./errors";

/** Checks a response body against `schema`; a mismatch means MailerLite changed or answered oddly. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`)
    .join("; ");
  throw new MailerLiteError({
    code: "bad_response",
    message: `Unexpected MailerLite response for ${what}: ${issues}`,
    cause: result.error,
  });
}
