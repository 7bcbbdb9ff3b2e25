import { readFileSync } from "node:fs";
import path from "node:path";

/** Of the build's server-reference manifest: for each server action, the page entries that use it. */
export type ActionManifest = { node: Record<string, { workers: Record<string, unknown> }> };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The paths a page entry serves: "app/(admin)/admin/sync/page" → /^\/admin\/sync$/. */
export function routePattern(entry: string): RegExp {
  const segments = entry
    .replace(/^app\/?/, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  const path = segments
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return "(?:/.*)?";
      if (/^\[\.\.\..+\]$/.test(segment)) return "/.+";
      if (/^\[.+\]$/.test(segment)) return "/[^/]+";
      return `/${escape(segment)}`;
    })
    .join("");
  return new RegExp(`^${path || "/"}$`);
}

/** Whether the page at `pathname` uses the server action `id` (false for an action that is not the app's). */
export function actionBelongsTo(manifest: ActionManifest, id: string, pathname: string): boolean {
  const action = manifest.node[id];
  if (!action) return false;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return Object.keys(action.workers).some((entry) => routePattern(entry).test(path));
}

let loaded: ActionManifest | null | undefined;

/** The production build's manifest, read once; null where there is none (e.g. `next dev`). */
export function buildActionManifest(): ActionManifest | null {
  if (loaded !== undefined) return loaded;
  try {
    const file = path.join(process.cwd(), ".next/server/server-reference-manifest.json");
    loaded = JSON.parse(readFileSync(file, "utf8")) as ActionManifest;
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Whether the server actions a POST names are in its body: a form sent without JavaScript names them there. */
export function actionsNamedInBody(headers: Headers): boolean {
  return !headers.get("next-action") && !!headers.get("content-type")?.startsWith("multipart/form-data");
}

/**
 * The server actions a POST names: its Next-Action header, or (a form sent without JavaScript) every action
 * marker in its `body`; null for a POST that names none, "unreadable" for a form body that cannot be read.
 */
export async function postedActionIds(
  headers: Headers,
  body: Uint8Array | null,
): Promise<string[] | null | "unreadable"> {
  const header = headers.get("next-action");
  if (header) return [header];
  if (!body || !actionsNamedInBody(headers)) return null;
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, {
      headers: { "Content-Type": headers.get("content-type")! },
    }).formData();
  } catch {
    return "unreadable";
  }
  const ids: string[] = [];
  for (const key of form.keys()) {
    const direct = /^\$ACTION_ID_(.+)$/.exec(key)?.[1];
    if (direct) ids.push(direct);
    const ref = /^\$ACTION_REF_(.*)$/.exec(key)?.[1];
    if (ref !== undefined) ids.push(referencedId(form.get(`$ACTION_${ref}:0`)));
  }
  return ids.length > 0 ? ids : null;
}

function referencedId(meta: FormDataEntryValue | null): string {
  try {
    const id = (JSON.parse(String(meta)) as { id?: unknown }).id;
    return typeof id === "string" ? id : "";
  } catch {
    return "";
  }
}
