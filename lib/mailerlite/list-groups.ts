import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { groupPageSchema, type Group } from "./schemas";

const PAGE_SIZE = 100;

/**
 * Every group of the account, page after page; with `nameContains`, those whose name contains it (MailerLite's
 * filter[name] is a partial, case-insensitive match).
 */
export async function listGroups(client: MailerLiteClient, nameContains?: string): Promise<Group[]> {
  const groups: Group[] = [];
  const filter = nameContains === undefined ? {} : { "filter[name]": nameContains };
  for (let page = 1; ; page++) {
    const response = await client.send({
      method: "GET",
      path: "/groups",
      query: { ...filter, limit: PAGE_SIZE, page },
    });
    const { data, meta } = parseBody(groupPageSchema, response.body, "GET /groups");
    groups.push(...data);
    if (data.length === 0 || page >= meta.last_page) return groups;
  }
}
