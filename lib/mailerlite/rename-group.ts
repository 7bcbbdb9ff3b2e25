import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { dataEnvelope, groupSchema, type Group } from "./schemas";

/** PUT /groups/{id}. */
export async function renameGroup(client: MailerLiteClient, id: string, name: string): Promise<Group> {
  const response = await client.send({
    method: "PUT",
    path: `/groups/${encodeURIComponent(id)}`,
    body: { name },
  });
  return parseBody(dataEnvelope(groupSchema), response.body, "PUT /groups/{id}").data;
}
