import type { BatchRequest } from "@/lib/mailerlite";
import type { Operation } from "./member-state";

/** The one HTTP request an operation is, usable alone or inside a batch. */
export function operationRequest(op: Operation): BatchRequest {
  switch (op.kind) {
    case "upsert":
      return {
        method: "POST",
        path: "/subscribers",
        body: {
          email: op.email,
          fields: { name: op.name, last_name: op.lastName },
          groups: op.groupIds,
          status: "active",
        },
      };
    case "update":
      return {
        method: "PUT",
        path: `/subscribers/${op.subscriberId}`,
        body: { fields: { name: op.name, last_name: op.lastName } },
      };
    case "add-group":
      return { method: "POST", path: `/subscribers/${op.subscriberId}/groups/${op.groupId}` };
    case "remove-group":
      return { method: "DELETE", path: `/subscribers/${op.subscriberId}/groups/${op.groupId}` };
    case "delete":
      return { method: "DELETE", path: `/subscribers/${op.subscriberId}` };
    case "read":
      return { method: "GET", path: `/subscribers/${encodeURIComponent(op.key)}` };
  }
}
