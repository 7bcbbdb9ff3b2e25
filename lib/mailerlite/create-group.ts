import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { dataEnvelope, groupSchema, type Group } from "./schemas";

/** POST /groups. Not idempotent: a retry after a lost answer may create a second group with the name. */
export async function createGroup(client: MailerLiteClient, name: string): Promise<Group> {
  const response = await client.send({ method: "POST", path: "/groups", body: { name } });
  return parseBody(dataEnvelope(groupSchema), response.body, "POST /groups").data;
}
