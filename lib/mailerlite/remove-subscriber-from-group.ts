import type { MailerLiteClient } from "./client";
import { notFoundAsDone } from "./not-found";

/**
 * DELETE /subscribers/{id}/groups/{group_id}. "not_found" means the subscriber or the group is gone, so the
 * membership is too; the caller decides whether that is success.
 */
export function removeSubscriberFromGroup(
  client: MailerLiteClient,
  subscriberId: string,
  groupId: string,
): Promise<"removed" | "not_found"> {
  return notFoundAsDone("removed", () =>
    client.send({
      method: "DELETE",
      path: `/subscribers/${encodeURIComponent(subscriberId)}/groups/${encodeURIComponent(groupId)}`,
    }),
  );
}
