import { describe, expect, it } from "vitest";
import { actionBelongsTo, postedActionId, routePattern, type ActionManifest } from "./server-action-routes";

const manifest: ActionManifest = {
  node: {
    admin: { workers: { "app/(admin)/admin/page": {}, "app/(admin)/admin/sync/page": {} } },
    everywhere: { workers: { "app/(public)/page": {}, "app/(member)/profile/page": {} } },
    dynamic: { workers: { "app/books/[id]/page": {}, "app/docs/[...slug]/page": {} } },
  },
};

describe("server action routes", () => {
  it("reads the paths a page entry serves, without route groups", () => {
    expect(routePattern("app/(public)/page").test("/")).toBe(true);
    expect(routePattern("app/(admin)/admin/sync/page").test("/admin/sync")).toBe(true);
    expect(routePattern("app/(admin)/admin/sync/page").test("/admin/syncx")).toBe(false);
    expect(routePattern("app/books/[id]/page").test("/books/42")).toBe(true);
    expect(routePattern("app/books/[id]/page").test("/books/42/more")).toBe(false);
  });

  it("lets an action run only on the pages that use it", () => {
    expect(actionBelongsTo(manifest, "admin", "/admin")).toBe(true);
    expect(actionBelongsTo(manifest, "admin", "/admin/sync/")).toBe(true);
    expect(actionBelongsTo(manifest, "admin", "/profile")).toBe(false);
    expect(actionBelongsTo(manifest, "admin", "/")).toBe(false);
    expect(actionBelongsTo(manifest, "everywhere", "/profile")).toBe(true);
    expect(actionBelongsTo(manifest, "dynamic", "/docs/a/b")).toBe(true);
    expect(actionBelongsTo(manifest, "unknown", "/")).toBe(false);
  });

  it("finds the action a POST names, by header or in a form sent without JavaScript", async () => {
    const post = (body: FormData | null, headers: Record<string, string> = {}) =>
      new Request("http://app.test/", { method: "POST", body, headers });
    expect(await postedActionId(post(null, { "next-action": "admin" }))).toBe("admin");
    const direct = new FormData();
    direct.append("$ACTION_ID_admin", "");
    expect(await postedActionId(post(direct))).toBe("admin");
    const referenced = new FormData();
    referenced.append("$ACTION_REF_1", "");
    referenced.append("$ACTION_1:0", JSON.stringify({ id: "everywhere", bound: "$@1" }));
    expect(await postedActionId(post(referenced))).toBe("everywhere");
    const plain = new FormData();
    plain.append("email", "a@b.co");
    expect(await postedActionId(post(plain))).toBeNull();
    expect(await postedActionId(new Request("http://app.test/"))).toBeNull();
  });
});
