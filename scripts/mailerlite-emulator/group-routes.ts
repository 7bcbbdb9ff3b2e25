import { groupNotFound, isRecord, noContent, ok, validationFailed, type ApiResult } from "./api-result";
import type { StoredGroup } from "./emulator-state";
import { presentGroup } from "./present";
import type { RouteContext } from "./route-context";
import { formatTimestamp } from "./timestamp";

type Presented = ReturnType<typeof presentGroup>;

const SORTS: Record<string, (a: Presented, b: Presented) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  total: (a, b) => a.active_count - b.active_count,
  open_rate: (a, b) => a.open_rate.float - b.open_rate.float,
  click_rate: (a, b) => a.click_rate.float - b.click_rate.float,
  created_at: (a, b) => a.created_at.localeCompare(b.created_at) || (BigInt(a.id) < BigInt(b.id) ? -1 : 1),
};

function readName(body: unknown): { name?: string; errors: [string, string][] } {
  const name = isRecord(body) ? body.name : undefined;
  if (name === undefined || name === null || (typeof name === "string" && name.trim() === "")) {
    return { errors: [["name", "The name field is required."]] };
  }
  if (typeof name !== "string") return { errors: [["name", "The name must be a string."]] };
  if (name.length > 255) return { errors: [["name", "The name must not be greater than 255 characters."]] };
  return { name, errors: [] };
}

function pageLinks(path: string, page: number, lastPage: number) {
  const url = (p: number) => (p >= 1 && p <= lastPage ? `${path}?page=${p}` : null);
  return [
    { url: url(page - 1), label: "&laquo; Previous", active: false },
    ...Array.from({ length: lastPage }, (_, i) => ({
      url: url(i + 1),
      label: String(i + 1),
      active: i + 1 === page,
    })),
    { url: url(page + 1), label: "Next &raquo;", active: false },
  ];
}

/** GET /groups: filter[name] is a PARTIAL, case-insensitive match, like the real API. */
export function listGroups(ctx: RouteContext, query: URLSearchParams): ApiResult {
  const limitText = query.get("limit") ?? "25";
  const pageText = query.get("page") ?? "1";
  const sortText = query.get("sort") ?? "created_at";
  const sortKey = sortText.replace(/^-/, "");
  const errors: [string, string][] = [];
  if (!/^\d+$/.test(limitText) || Number(limitText) < 1)
    errors.push(["limit", "The limit must be at least 1."]);
  if (!/^\d+$/.test(pageText) || Number(pageText) < 1) errors.push(["page", "The page must be at least 1."]);
  const compare = SORTS[sortKey];
  if (!compare) errors.push(["sort", "The selected sort is invalid."]);
  if (errors.length > 0 || !compare) return validationFailed(errors);

  const filter = (query.get("filter[name]") ?? "").toLowerCase();
  const sorted = [...ctx.state.groups.values()]
    .filter((g) => g.name.toLowerCase().includes(filter))
    .map((g) => presentGroup(ctx.state, g))
    .sort((a, b) => (sortText.startsWith("-") ? compare(b, a) : compare(a, b)));

  const limit = Number(limitText);
  const page = Number(pageText);
  const lastPage = Math.max(1, Math.ceil(sorted.length / limit));
  const data = sorted.slice((page - 1) * limit, page * limit);
  const from = data.length > 0 ? (page - 1) * limit + 1 : null;
  const path = `${ctx.apiUrl}/groups`;
  return ok({
    data,
    links: {
      first: `${path}?page=1`,
      last: `${path}?page=${lastPage}`,
      prev: page > 1 ? `${path}?page=${page - 1}` : null,
      next: page < lastPage ? `${path}?page=${page + 1}` : null,
    },
    meta: {
      current_page: page,
      from,
      last_page: lastPage,
      links: pageLinks(path, page, lastPage),
      path,
      per_page: limit,
      to: from === null ? null : from + data.length - 1,
      total: sorted.length,
    },
  });
}

export function createGroup(ctx: RouteContext, body: unknown): ApiResult {
  const { name, errors } = readName(body);
  if (name === undefined) return validationFailed(errors);
  const group: StoredGroup = { id: ctx.state.nextId(), name, created_at: formatTimestamp(ctx.now()) };
  ctx.state.addGroup(group);
  return ok({ data: presentGroup(ctx.state, group) }, 201);
}

export function renameGroup(ctx: RouteContext, id: string, body: unknown): ApiResult {
  const group = ctx.state.groups.get(id);
  if (!group) return groupNotFound(id);
  const { name, errors } = readName(body);
  if (name === undefined) return validationFailed(errors);
  group.name = name;
  return ok({ data: presentGroup(ctx.state, group) });
}

export function deleteGroup(ctx: RouteContext, id: string): ApiResult {
  if (!ctx.state.groups.has(id)) return groupNotFound(id);
  ctx.state.removeGroup(id);
  return noContent();
}
