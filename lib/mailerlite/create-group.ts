import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { dataEnvelope, groupSchema, type Group } from "./schemas";

/** POST /groups. Not idempotent: a create whose answer was lost may still land, after a retry made another. */
export async function createGroup(client: MailerLiteClient, name: string): Promise<Group> {
  const response = await client.send({ method: "POST", path: "/groups", body: { name } });
  return parseBody(dataEnvelope(groupSchema), response.body, "POST /groups").data;
}
