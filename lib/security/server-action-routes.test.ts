import { describe, expect, it } from "vitest";
import { actionBelongsTo, postedActionIds, routePattern, type ActionManifest } from "./server-action-routes";

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

  it("finds every action a POST names, by header or in a form sent without JavaScript", async () => {
    const post = (body: FormData | string | null, headers: Record<string, string> = {}) =>
      new Request("http://app.test/", { method: "POST", body, headers });
    expect(await postedActionIds(post(null, { "next-action": "admin" }))).toEqual(["admin"]);
    const direct = new FormData();
    direct.append("$ACTION_ID_admin", "");
    expect(await postedActionIds(post(direct))).toEqual(["admin"]);
    const referenced = new FormData();
    referenced.append("$ACTION_REF_1", "");
    referenced.append("$ACTION_1:0", JSON.stringify({ id: "everywhere", bound: "$@1" }));
    expect(await postedActionIds(post(referenced))).toEqual(["everywhere"]);
    // React runs the last marker: every one must belong.
    const smuggled = new FormData();
    smuggled.append("$ACTION_ID_everywhere", "");
    smuggled.append("$ACTION_ID_admin", "");
    expect(await postedActionIds(post(smuggled))).toEqual(["everywhere", "admin"]);
    const plain = new FormData();
    plain.append("email", "a@b.co");
    expect(await postedActionIds(post(plain))).toBeNull();
    expect(await postedActionIds(new Request("http://app.test/"))).toBeNull();
    const broken = post("--x\r\nnot a part", { "content-type": "multipart/form-data; boundary=x" });
    expect(await postedActionIds(broken)).toBe("unreadable");
  });
});
