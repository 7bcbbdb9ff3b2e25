import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { dataEnvelope, groupSchema, type Group } from "./schemas";

/** POST /subscribers/{id}/groups/{group_id}; a 404 (either id unknown) is thrown as "not_found". */
export async function addSubscriberToGroup(
  client: MailerLiteClient,
  subscriberId: string,
  groupId: string,
): Promise<Group> {
  const response = await client.send({
    method: "POST",
    path: `/subscribers/${encodeURIComponent(subscriberId)}/groups/${encodeURIComponent(groupId)}`,
  });
  return parseBody(dataEnvelope(groupSchema), response.body, "POST /subscribers/{id}/groups/{group_id}").data;
}
