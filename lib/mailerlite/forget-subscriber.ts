import type { MailerLiteClient } from "./client";
import { isNotFound } from "./not-found";
import { parseBody } from "./parse-body";
import { forgetResponseSchema } from "./schemas";

export type ForgetSubscriberResult =
  { outcome: "forgotten"; forgetAt: string | null } | { outcome: "not_found" };

/** POST /subscribers/{id}/forget: GDPR erasure, completed by MailerLite within 30 days. */
export async function forgetSubscriber(
  client: MailerLiteClient,
  id: string,
): Promise<ForgetSubscriberResult> {
  try {
    const response = await client.send({
      method: "POST",
      path: `/subscribers/${encodeURIComponent(id)}/forget`,
    });
    const { data } = parseBody(forgetResponseSchema, response.body, "POST /subscribers/{id}/forget");
    return { outcome: "forgotten", forgetAt: data.forget_at ?? null };
  } catch (error) {
    if (isNotFound(error)) return { outcome: "not_found" };
    throw error;
  }
}
