import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  ARCHITECTURE_RULES,
  buildImportGraph,
  cycleWalk,
  findCycles,
  findTwoWayFolders,
  findUpwardImports,
  productionFiles,
} from "./import-graph";

const TSCONFIG = {
  compilerOptions: { moduleResolution: "bundler", module: "esnext", paths: { "@/*": ["./*"] } },
};
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A throwaway project with a tsconfig.json and the given files. */
function project(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "import-graph-")));
  roots.push(root);
  for (const [file, text] of Object.entries({ "tsconfig.json": JSON.stringify(TSCONFIG), ...files })) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

function graphOf(files: Record<string, string>) {
  const root = project(files);
  return buildImportGraph(root, productionFiles(root));
}

describe("buildImportGraph and findCycles", () => {
  it("finds a cycle through an @/ alias, a relative import and a type-only import", () => {
    const graph = graphOf({
      "lib/a.ts": 'import { b } from "@/lib/b";\nexport const a = b;\n',
      "lib/b.ts": 'import { c } from "./c";\nexport const b = c;\n',
      "lib/c.ts": 'import type { A } from "../lib/a";\nexport const c = 1 as unknown as A;\n',
    });
    expect(graph.get("lib/a.ts")).toEqual(["lib/b.ts"]);
    expect(findCycles(graph)).toEqual([["lib/a.ts", "lib/b.ts", "lib/c.ts"]]);
    expect(cycleWalk(graph, ["lib/a.ts", "lib/b.ts", "lib/c.ts"])).toEqual([
      "lib/a.ts",
      "lib/b.ts",
      "lib/c.ts",
      "lib/a.ts",
    ]);
  });

  it("finds a file importing itself", () => {
    const graph = graphOf({ "lib/self.ts": 'export * from "./self";\n' });
    expect(findCycles(graph)).toEqual([["lib/self.ts"]]);
    expect(cycleWalk(graph, ["lib/self.ts"])).toEqual(["lib/self.ts", "lib/self.ts"]);
  });

  it("sees import() and require(), and leaves out packages and declaration files", () => {
    const graph = graphOf({
      "app/page.ts": [
        'import { p } from "pkg";',
        'export const load = () => import("@/lib/x");',
        'export const legacy = require("./legacy.cjs");',
      ].join("\n"),
      "app/legacy.cjs": "module.exports = 1;\n",
      "lib/x.ts": 'import type { T } from "./types";\nexport const x: T = 1;\n',
      "lib/types.d.ts": "export type T = number;\n",
      "node_modules/pkg/package.json": '{ "name": "pkg", "types": "index.ts" }',
      "node_modules/pkg/index.ts": "export const p = 1;\n",
    });
    expect(graph.get("app/page.ts")).toEqual(["app/legacy.cjs", "lib/x.ts"]);
    expect(graph.get("lib/x.ts")).toEqual([]);
  });

  it("reports nothing for an acyclic graph", () => {
    const graph = graphOf({
      "app/page.tsx":
        'import { a } from "@/lib/a";\nimport { b } from "@/lib/b";\nexport default () => a + b;\n',
      "lib/a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "lib/b.ts": "export const b = 1;\n",
    });
    expect(graph.get("app/page.tsx")).toEqual(["lib/a.ts", "lib/b.ts"]);
    expect(findCycles(graph)).toEqual([]);
    expect(findUpwardImports(graph, ARCHITECTURE_RULES)).toEqual([]);
  });
});

describe("findUpwardImports", () => {
  it("reports lib importing app with the rule's name", () => {
    const graph = graphOf({
      "lib/x.ts": 'import { y } from "../app/y";\nexport const x = y;\n',
      "app/y.ts": "export const y = 1;\n",
    });
    expect(findUpwardImports(graph, ARCHITECTURE_RULES)).toEqual([
      { from: "lib/x.ts", to: "app/y.ts", rule: "lib must not import app, components or scripts" },
    ]);
  });
});

describe("the data layer's rule", () => {
  it("reports lib/data reading or writing the database itself, not its calls into a domain folder", () => {
    const graph = graphOf({
      "lib/data/own.ts": [
        'import { db } from "@/lib/db";',
        'import { transaction } from "@/lib/transaction";',
        'import { rename } from "@/lib/members/rename";',
        "export const own = [db, transaction, rename];",
      ].join("\n"),
      "lib/db.ts": "export const db = 1;\n",
      "lib/transaction.ts": 'import { db } from "./db";\nexport const transaction = db;\n',
      "lib/members/rename.ts":
        'import { transaction } from "@/lib/transaction";\nexport const rename = transaction;\n',
    });
    const rule = "the data layer reaches the database only through the domain folders";
    expect(findUpwardImports(graph, ARCHITECTURE_RULES)).toEqual([
      { from: "lib/data/own.ts", to: "lib/db.ts", rule },
      { from: "lib/data/own.ts", to: "lib/transaction.ts", rule },
    ]);
  });
});

describe("the outbox rule", () => {
  it("lets lib/outbox import lib/db and the generated client, and reports anything else", () => {
    const graph = graphOf({
      "lib/outbox/mark.ts": [
        'import { db } from "@/lib/db";',
        'import type { P } from "@/lib/generated/prisma/client";',
        'import { wake } from "./wake";',
        'import { audit } from "@/lib/audit/audit";',
        "export const mark = [db, wake, audit] as unknown as P;",
      ].join("\n"),
      "lib/outbox/wake.ts": "export const wake = 1;\n",
      "lib/db.ts": "export const db = 1;\n",
      "lib/generated/prisma/client.ts": "export type P = number;\n",
      "lib/audit/audit.ts": "export const audit = 1;\n",
    });
    expect(graph.get("lib/outbox/mark.ts")).toEqual([
      "lib/audit/audit.ts",
      "lib/db.ts",
      "lib/generated/prisma/client.ts",
      "lib/outbox/wake.ts",
    ]);
    expect(findUpwardImports(graph, ARCHITECTURE_RULES)).toEqual([
      { from: "lib/outbox/mark.ts", to: "lib/audit/audit.ts", rule: "the outbox depends only on lib/db" },
    ]);
  });
});

describe("findTwoWayFolders", () => {
  it("reports two folders of lib/ that import each other, with the first import each way", () => {
    const graph = graphOf({
      "lib/members/change.ts": 'import { mark } from "@/lib/sync/mark";\nexport const change = mark;\n',
      "lib/sync/mark.ts": "export const mark = 1;\n",
      "lib/sync/worker.ts": 'import { change } from "../members/change";\nexport const worker = change;\n',
    });
    expect(findCycles(graph)).toEqual([]);
    expect(findTwoWayFolders(graph)).toEqual([
      {
        folders: ["lib/members", "lib/sync"],
        there: { from: "lib/members/change.ts", to: "lib/sync/mark.ts" },
        back: { from: "lib/sync/worker.ts", to: "lib/members/change.ts" },
      },
    ]);
  });

  it("counts a top-level folder of lib/ with its subfolders, and a folder against its own subfolder", () => {
    const graph = graphOf({
      "lib/members/adopt.ts":
        'import { inbox } from "@/lib/sync/webhooks/inbox";\nexport const adopt = inbox;\n',
      "lib/sync/webhooks/inbox.ts": "export const inbox = 1;\n",
      "lib/sync/worker/run.ts": [
        'import { adopt } from "@/lib/members/adopt";',
        'import { backoff } from "../backoff";',
        "export const run = [adopt, backoff];",
      ].join("\n"),
      "lib/sync/backoff.ts": "export const backoff = 1;\n",
      "lib/sync/start.ts": 'import { run } from "./worker/run";\nexport const start = run;\n',
    });
    expect(findTwoWayFolders(graph).map((pair) => pair.folders)).toEqual([
      ["lib/members", "lib/sync"],
      ["lib/sync", "lib/sync/worker"],
    ]);
  });

  it("leaves out one-way imports and, unless told, folders outside lib/", () => {
    const graph = graphOf({
      "app/profile/page.tsx": 'import { Form } from "./_components/form";\nexport default Form;\n',
      "app/profile/actions.ts": 'import { db } from "@/lib/db";\nexport const save = db;\n',
      "app/profile/_components/form.tsx": 'import { save } from "../actions";\nexport const Form = save;\n',
      "lib/db.ts": 'import { env } from "./config/env";\nexport const db = env;\n',
      "lib/config/env.ts": "export const env = 1;\n",
    });
    expect(findTwoWayFolders(graph)).toEqual([]);
    expect(findTwoWayFolders(graph, /^app\//).map((pair) => pair.folders)).toEqual([
      ["app/profile", "app/profile/_components"],
    ]);
  });
});

describe("productionFiles", () => {
  it("leaves out tests, generated code, node_modules and files outside the production folders", () => {
    const root = project({
      "app/page.tsx": "",
      "lib/a.ts": "",
      "lib/a.test.ts": "",
      "lib/generated/prisma/client.ts": "",
      "lib/node_modules/pkg/index.js": "",
      "scripts/postinstall.mjs": "",
      "test/helper.ts": "",
      "proxy.ts": "",
      "README.md": "",
    });
    expect(productionFiles(root)).toEqual([
      "app/page.tsx",
      "lib/a.ts",
      "proxy.ts",
      "scripts/postinstall.mjs",
    ]);
  });
});
