import { readFileSync } from "node:fs";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The ids of the production build's server actions defined in files under `folder`. */
export function serverActionsIn(folder: string): { id: string; name: string }[] {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as Manifest;
  return Object.entries(manifest.node)
    .filter(([, action]) => action.filename.startsWith(folder))
    .map(([id, action]) => ({ id, name: `${action.filename}#${action.exportedName}` }));
}
