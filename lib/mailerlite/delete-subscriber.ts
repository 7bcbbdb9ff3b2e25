import type { MailerLiteClient } from "./client";
import { notFoundAsDone } from "./not-found";

/** DELETE /subscribers/{id}. Re-adding the same e-mail later creates a new subscriber. */
export function deleteSubscriber(client: MailerLiteClient, id: string): Promise<"deleted" | "not_found"> {
  return notFoundAsDone("deleted", () =>
    client.send({ method: "DELETE", path: `/subscribers/${encodeURIComponent(id)}` }),
  );
}
