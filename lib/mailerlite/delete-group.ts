import type { MailerLiteClient } from "./client";
import { notFoundAsDone } from "./not-found";

/** DELETE /groups/{id}; the memberships go with it. */
export function deleteGroup(client: MailerLiteClient, id: string): Promise<"deleted" | "not_found"> {
  return notFoundAsDone("deleted", () =>
    client.send({ method: "DELETE", path: `/groups/${encodeURIComponent(id)}` }),
  );
}
