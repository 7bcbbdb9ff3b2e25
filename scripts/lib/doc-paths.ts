import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The folders and files at the repository's top level that a document may name a path under. */
const ROOTS = [
  "app",
  "bench",
  "components",
  "deploy",
  "docs",
  "e2e",
  "lib",
  "prisma",
  "public",
  "scripts",
  "test",
];
const TOP_FILES = [
  "README.md",
  "package.json",
  "next.config.js",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
  "playwright.config.ts",
  "prisma.config.ts",
  "vitest.config.mts",
  ".env.example",
  ".ci/run",
];

const SOURCE_FILE = /^[\w.()[\]-]+\.(ts|tsx|mts|mjs|js|md|sql|prisma|json)$/;

/**
 * The repository paths a Markdown text names in code spans or links: `lib/db.ts`, `app/(admin)/admin/`,
 * [text](docs/x.md), and bare file names (`plan-next-operation.ts`, named in the context of their folder). A
 * span with a placeholder (`<name>`, `…`, `*`, `$`) or a URL is not a path.
 */
export function pathsNamedIn(markdown: string): string[] {
  const candidates = [
    ...[...markdown.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!),
    ...[...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!),
  ];
  const paths = new Set<string>();
  for (const candidate of candidates) {
    const text = candidate.trim().replace(/[.,;:]+$/, "");
    if (/[<>…*$?{}\s]|:\/\/|^-/.test(text)) continue;
    const first = text.split("/")[0]!;
    if (TOP_FILES.includes(text) || (ROOTS.includes(first) && text.includes("/")) || SOURCE_FILE.test(text))
      paths.add(text);
  }
  return [...paths];
}

/** The Markdown files whose paths are checked: README.md and everything under docs/. */
export function documents(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(path.join(dir, entry.name))
        : entry.name.endsWith(".md")
          ? [path.join(dir, entry.name)]
          : [],
    );
  return ["README.md", ...walk("docs")];
}

/** The names of every file in the repository's own folders (not dependencies, builds or data). */
function fileNames(root: string): Set<string> {
  const names = new Set<string>();
  const skipped = ["node_modules", ".next", ".git", "test-results", "generated"];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const skip = skipped.includes(entry.name) || (dir === root && entry.name === "data");
      if (entry.isDirectory() && !skip) walk(path.join(dir, entry.name));
      else if (!entry.isDirectory()) names.add(entry.name);
    }
  };
  walk(root);
  return names;
}

/**
 * Each path a document names that does not exist: relative to the repository (or to the document itself), and
 * a bare file name anywhere in the repository.
 */
export function missingDocPaths(root: string): { document: string; path: string }[] {
  const names = fileNames(root);
  const exists = (document: string, named: string) =>
    named.includes("/")
      ? existsSync(path.join(root, named)) || existsSync(path.join(root, path.dirname(document), named))
      : names.has(named) || existsSync(path.join(root, named));
  return documents(root).flatMap((document) =>
    pathsNamedIn(readFileSync(path.join(root, document), "utf8"))
      .filter((named) => !exists(document, named))
      .map((named) => ({ document, path: named })),
  );
}
