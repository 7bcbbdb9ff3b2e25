import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { groupPageSchema, type Group } from "./schemas";

const PAGE_SIZE = 100;

/**
 * The group named exactly `name` (case-sensitive), or null. MailerLite's filter[name] is a partial,
 * case-insensitive match ("Romance" also returns "Dark Romance"), so every page of candidates is checked.
 */
export async function findGroupByExactName(client: MailerLiteClient, name: string): Promise<Group | null> {
  for (let page = 1; ; page++) {
    const response = await client.send({
      method: "GET",
      path: "/groups",
      query: { "filter[name]": name, limit: PAGE_SIZE, page },
    });
    const { data, meta } = parseBody(groupPageSchema, response.body, "GET /groups");
    const match = data.find((group) => group.name === name);
    if (match) return match;
    if (data.length === 0 || page >= meta.last_page) return null;
  }
}
