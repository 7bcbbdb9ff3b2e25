import type { MailerLiteClient } from "./client";
import { MailerLiteError } from "./errors";
import { parseBody } from "./parse-body";
import { dataEnvelope, groupSchema, type Group } from "./schemas";

/** PUT /groups/{id}; null when MailerLite no longer has the group. */
export async function renameGroup(client: MailerLiteClient, id: string, name: string): Promise<Group | null> {
  try {
    const response = await client.send({
      method: "PUT",
      path: `/groups/${encodeURIComponent(id)}`,
      body: { name },
    });
    return parseBody(dataEnvelope(groupSchema), response.body, "PUT /groups/{id}").data;
  } catch (error) {
    if (error instanceof MailerLiteError && error.code === "not_found") return null;
    throw error;
  }
}
