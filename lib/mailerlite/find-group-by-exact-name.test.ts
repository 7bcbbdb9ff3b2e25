import { describe, expect, it } from "vitest";
import { createMailerLiteClient } from "./client";
import { fakeFetch } from "@/test/support/fake-fetch";
import { findGroupByExactName } from "./find-group-by-exact-name";

type G = { id: string; name: string };

/** Answers GET /groups like MailerLite: partial, case-insensitive filter, paged. */
function groupsApi(groups: G[]) {
  return fakeFetch((call) => {
    const filter = (call.url.searchParams.get("filter[name]") ?? "").toLowerCase();
    const limit = Number(call.url.searchParams.get("limit") ?? 25);
    const page = Number(call.url.searchParams.get("page") ?? 1);
    const matches = groups.filter((g) => g.name.toLowerCase().includes(filter));
    return {
      body: {
        data: matches.slice((page - 1) * limit, page * limit),
        links: {},
        meta: {
          current_page: page,
          last_page: Math.max(1, Math.ceil(matches.length / limit)),
          total: matches.length,
        },
      },
    };
  });
}

describe("findGroupByExactName", () => {
  it("picks the exact name, not a partial or differently-cased one", async () => {
    const { fetch, calls } = groupsApi([
      { id: "1", name: "Dark Romance" },
      { id: "2", name: "romance" },
      { id: "3", name: "Romance" },
    ]);
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch });
    await expect(findGroupByExactName(client, "Romance")).resolves.toMatchObject({ id: "3" });
    expect(calls[0]?.url.searchParams.get("filter[name]")).toBe("Romance");
    expect(calls[0]?.url.searchParams.get("limit")).toBe("100");
  });

  it("returns null when only partial matches exist", async () => {
    const { fetch } = groupsApi([{ id: "1", name: "Dark Romance" }]);
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch });
    await expect(findGroupByExactName(client, "Romance")).resolves.toBeNull();
  });

  it("pages through the candidates and stops at the last page", async () => {
    const many = Array.from({ length: 230 }, (_, i) => ({ id: String(i + 1), name: `Romance ${i}` }));
    const hit = groupsApi([...many, { id: "999", name: "Romance" }]);
    const client = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch: hit.fetch });
    await expect(findGroupByExactName(client, "Romance")).resolves.toMatchObject({ id: "999" });
    expect(hit.calls.map((c) => c.url.searchParams.get("page"))).toEqual(["1", "2", "3"]);

    const miss = groupsApi(many);
    const other = createMailerLiteClient({ baseUrl: "https://ml.test/api", apiKey: "k", fetch: miss.fetch });
    await expect(findGroupByExactName(other, "Romance")).resolves.toBeNull();
    expect(miss.calls).toHaveLength(3);
  });
});
