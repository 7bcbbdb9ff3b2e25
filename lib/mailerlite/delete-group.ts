import type { MailerLiteClient } from "./client";
import { MailerLiteError } from "./errors";

/** DELETE /groups/{id}: its subscribers stay, only the memberships go. A group already gone is fine. */
export async function deleteGroup(client: MailerLiteClient, id: string): Promise<void> {
  try {
    await client.send({ method: "DELETE", path: `/groups/${encodeURIComponent(id)}` });
  } catch (error) {
    if (error instanceof MailerLiteError && error.code === "not_found") return;
    throw error;
  }
}
