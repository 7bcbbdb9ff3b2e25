import { describe, expect, it } from "vitest";
import {
  actionBelongsTo,
  actionsNamedInBody,
  postedActionIds,
  routePattern,
  type ActionManifest,
} from "./server-action-routes";

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
    const posted = async (body: FormData | string | null, headers: Record<string, string> = {}) => {
      const request = new Request("http://app.test/", { method: "POST", body, headers });
      return postedActionIds(
        request.headers,
        body === null ? null : new Uint8Array(await request.arrayBuffer()),
      );
    };
    expect(await posted(null, { "next-action": "admin" })).toEqual(["admin"]);
    const direct = new FormData();
    direct.append("$ACTION_ID_admin", "");
    expect(await posted(direct)).toEqual(["admin"]);
    const referenced = new FormData();
    referenced.append("$ACTION_REF_1", "");
    referenced.append("$ACTION_1:0", JSON.stringify({ id: "everywhere", bound: "$@1" }));
    expect(await posted(referenced)).toEqual(["everywhere"]);
    // React runs the last marker: every one must belong.
    const smuggled = new FormData();
    smuggled.append("$ACTION_ID_everywhere", "");
    smuggled.append("$ACTION_ID_admin", "");
    expect(await posted(smuggled)).toEqual(["everywhere", "admin"]);
    const plain = new FormData();
    plain.append("email", "a@b.co");
    expect(await posted(plain)).toBeNull();
    expect(await posted(null)).toBeNull();
    const broken = "--x\r\nnot a part";
    expect(await posted(broken, { "content-type": "multipart/form-data; boundary=x" })).toBe("unreadable");
  });

  it("looks for actions in the body only of a multipart form without a Next-Action header", () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(actionsNamedInBody(headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(
      actionsNamedInBody(headers({ "content-type": "multipart/form-data; boundary=x", "next-action": "a" })),
    ).toBe(false);
    expect(actionsNamedInBody(headers({ "content-type": "text/plain;charset=UTF-8" }))).toBe(false);
    expect(actionsNamedInBody(headers({}))).toBe(false);
  });
});
