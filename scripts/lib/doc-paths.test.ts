import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { missingDocPaths, pathsNamedIn } from "./doc-paths";

describe("pathsNamedIn", () => {
  it("finds repository paths in code spans and links, and bare file names, but no placeholder or URL", () => {
    const text = [
      "See `lib/db.ts`, `app/(admin)/admin/` and [the API](docs/mailerlite-api.md#webhooks).",
      "The planner (`plan-next-operation.ts`) and `package.json`.",
      "Not paths: `prisma/migrations/<name>`, `lib/…`, `https://x.test/a`, `npm test`, `a/b` and `$APP_URL/x`.",
    ].join("\n");
    expect(pathsNamedIn(text).sort()).toEqual(
      [
        "app/(admin)/admin/",
        "docs/mailerlite-api.md",
        "lib/db.ts",
        "package.json",
        "plan-next-operation.ts",
      ].sort(),
    );
  });
});

describe("missingDocPaths", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("passes when every named path exists, and names each one that does not", () => {
    root = mkdtempSync(path.join(os.tmpdir(), "doc-paths-"));
    mkdirSync(path.join(root, "lib/sync"), { recursive: true });
    mkdirSync(path.join(root, "docs/decisions"), { recursive: true });
    writeFileSync(path.join(root, "lib/sync/worker.ts"), "");
    writeFileSync(path.join(root, "README.md"), "The worker: `lib/sync/worker.ts` (`worker.ts`).\n");
    writeFileSync(path.join(root, "docs/decisions/0001-x.md"), "See [the README](../../README.md).\n");
    expect(missingDocPaths(root)).toEqual([]);

    writeFileSync(
      path.join(root, "docs/decisions/0001-x.md"),
      "See `lib/sync/gone.ts` and `queue-link-mail.ts`.\n",
    );
    expect(missingDocPaths(root)).toEqual([
      { document: "docs/decisions/0001-x.md", path: "lib/sync/gone.ts" },
      { document: "docs/decisions/0001-x.md", path: "queue-link-mail.ts" },
    ]);
  });
});
