import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Each file (repo-relative, forward slashes) mapped to the repo files it imports. */
export type ImportGraph = Map<string, string[]>;

export interface ArchitectureRule {
  name: string;
  from: RegExp;
  mayNotImport: RegExp;
}

export interface UpwardImport {
  from: string;
  to: string;
  rule: string;
}

export interface Import {
  from: string;
  to: string;
}

/** Two folders that import each other, with the first import found each way. */
export interface TwoWayFolders {
  folders: [string, string];
  there: Import;
  back: Import;
}

export const ARCHITECTURE_RULES: ArchitectureRule[] = [
  { name: "components must not import app", from: /^components\//, mayNotImport: /^app\// },
  {
    name: "lib must not import app, components or scripts",
    from: /^lib\//,
    mayNotImport: /^(app|components|scripts)\//,
  },
  { name: "production code must not import tests", from: /^/, mayNotImport: /^(test|e2e|bench)\// },
  {
    name: "scripts must not import app or components",
    from: /^scripts\//,
    mayNotImport: /^(app|components)\//,
  },
  { name: "only app imports the data layer", from: /^(?!app\/|lib\/data\/)/, mayNotImport: /^lib\/data\// },
  {
    name: "the data layer reaches the database only through the domain folders",
    from: /^lib\/data\//,
    mayNotImport: /^lib\/(db\.ts|transaction\.ts|generated\/|outbox\/)/,
  },
  {
    name: "the MailerLite client knows nothing of the app",
    from: /^lib\/mailerlite\//,
    mayNotImport: /^lib\/(?!mailerlite\/)/,
  },
  {
    name: "the outbox depends only on lib/db",
    from: /^lib\/outbox\//,
    mayNotImport: /^(?!lib\/(outbox\/|db\.ts$|generated\/))/,
  },
  {
    name: "the lease queue depends only on lib/db",
    from: /^lib\/queue\//,
    mayNotImport: /^(?!lib\/(queue\/|db\.ts$|generated\/))/,
  },
  {
    name: "members, sync, mail and audit sit below auth",
    from: /^lib\/(members|sync|email|audit)\//,
    mayNotImport: /^lib\/auth\//,
  },
];

const SOURCE_DIRS = ["app", "components", "lib", "scripts"];
const ROOT_FILES = ["proxy.ts", "instrumentation.ts", "next.config.js", "prisma.config.ts"];
const SKIPPED_DIRS = new Set(["node_modules", "lib/generated"]);
const SOURCE_FILE = /\.(tsx?|js|mjs|cjs)$/;
const TEST_FILE = /\.test\.tsx?$/;

/** The production source files under rootDir, repo-relative and sorted. */
export function productionFiles(rootDir: string): string[] {
  const inDirs = SOURCE_DIRS.flatMap((dir) => filesUnder(rootDir, dir));
  const atRoot = ROOT_FILES.filter((file) => fs.existsSync(path.join(rootDir, file)));
  return [...inDirs, ...atRoot].filter((file) => SOURCE_FILE.test(file) && !TEST_FILE.test(file)).sort();
}

function filesUnder(rootDir: string, dir: string): string[] {
  const absolute = path.join(rootDir, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      return SKIPPED_DIRS.has(entry.name) || SKIPPED_DIRS.has(file) ? [] : filesUnder(rootDir, file);
    }
    return entry.isFile() ? [file] : [];
  });
}

/** The imports of each file, resolved as the tsconfig.json in rootDir resolves them. */
export function buildImportGraph(rootDir: string, files: string[]): ImportGraph {
  const root = path.resolve(rootDir);
  const options = compilerOptions(root);
  const cache = ts.createModuleResolutionCache(root, (name) => name, options);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const absolute = path.join(root, file);
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(absolute, "utf8"), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, absolute, options, ts.sys, cache).resolvedModule;
      return resolved && !resolved.isExternalLibraryImport ? repoFile(root, resolved.resolvedFileName) : [];
    });
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configFile = path.join(root, "tsconfig.json");
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile).options;
}

/** The resolved file as a one-element list if it is a repo source file, else an empty list. */
function repoFile(root: string, resolvedFileName: string): string[] {
  const file = path.relative(root, resolvedFileName).split(path.sep).join("/");
  const outside = /^\.\.(\/|$)/.test(file) || path.isAbsolute(file);
  return outside || /(^|\/)node_modules\//.test(file) || /\.d\.[mc]?ts$/.test(file) ? [] : [file];
}

/** Strongly connected components of more than one file, and files importing themselves (Tarjan). */
export function findCycles(graph: ImportGraph): string[][] {
  const order = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  function visit(file: string): number {
    const index = order.size;
    order.set(file, index);
    stack.push(file);
    onStack.add(file);
    let low = index;
    for (const next of graph.get(file) ?? []) {
      const seen = order.get(next);
      if (seen === undefined) low = Math.min(low, visit(next));
      else if (onStack.has(next)) low = Math.min(low, seen);
    }
    if (low === index) {
      const component = stack.splice(stack.lastIndexOf(file));
      for (const member of component) onStack.delete(member);
      if (component.length > 1 || graph.get(file)?.includes(file)) cycles.push(component.sort());
    }
    return low;
  }

  for (const file of [...graph.keys()].sort()) if (!order.has(file)) visit(file);
  return cycles.sort((a, b) => (a.join("\n") < b.join("\n") ? -1 : 1));
}

/**
 * A closed walk along the imports that passes through every file of a cycle found by findCycles,
 * starting and ending at its first file: a → b → c → a.
 */
export function cycleWalk(graph: ImportGraph, cycle: string[]): string[] {
  const [start] = cycle;
  if (start === undefined) return [];
  const within = new Set(cycle);
  const unvisited = new Set(cycle.slice(1));
  const walk = [start];
  while (unvisited.size > 0) {
    const steps = shortestPath(graph, walk[walk.length - 1] ?? start, unvisited, within);
    for (const file of steps) unvisited.delete(file);
    walk.push(...steps);
  }
  walk.push(...shortestPath(graph, walk[walk.length - 1] ?? start, new Set([start]), within));
  return walk;
}

/** The files after `from` on a shortest import path (of at least one step) to one of targets. */
function shortestPath(graph: ImportGraph, from: string, targets: Set<string>, within: Set<string>) {
  const previous = new Map<string, string>();
  const queue = [from];
  for (const file of queue) {
    for (const next of graph.get(file) ?? []) {
      if (!within.has(next) || previous.has(next)) continue;
      previous.set(next, file);
      if (targets.has(next)) return pathBack(next, from, previous);
      queue.push(next);
    }
  }
  throw new Error(`No import path from ${from} to ${[...targets].join(", ")}`);
}

function pathBack(target: string, from: string, previous: Map<string, string>): string[] {
  const steps = [target];
  for (let file = previous.get(target); file !== undefined && file !== from; file = previous.get(file)) {
    steps.unshift(file);
  }
  return steps;
}

/** Every import that breaks a rule, in the graph's file order. */
export function findUpwardImports(graph: ImportGraph, rules: ArchitectureRule[]): UpwardImport[] {
  return [...graph.keys()]
    .sort()
    .flatMap((from) =>
      (graph.get(from) ?? []).flatMap((to) =>
        rules
          .filter((rule) => rule.from.test(from) && rule.mayNotImport.test(to))
          .map(({ name }) => ({ from, to, rule: name })),
      ),
    );
}

/** A file's own folder, and the top-level folder of lib/ it is in when that is another. */
function foldersOf(file: string): { own: string; top: string } {
  const parts = file.split("/").slice(0, -1);
  return { own: parts.join("/") || ".", top: parts.slice(0, 2).join("/") || "." };
}

/**
 * Pairs of folders that import each other, among the files that `scope` matches (lib/ unless told): each
 * file's own folder, and each top-level folder of lib/ with everything below it (lib/members ↔ lib/sync
 * whichever subfolders of lib/sync the imports go through). Sorted by the pair's names.
 */
export function findTwoWayFolders(graph: ImportGraph, scope: RegExp = /^lib\//): TwoWayFolders[] {
  const first = new Map<string, Import>();
  for (const from of [...graph.keys()].sort()) {
    if (!scope.test(from)) continue;
    for (const to of graph.get(from) ?? []) {
      if (!scope.test(to)) continue;
      const [a, b] = [foldersOf(from), foldersOf(to)];
      for (const [x, y] of [
        [a.own, b.own],
        [a.top, b.top],
      ] as const) {
        const key = `${x}\n${y}`;
        if (x !== y && !first.has(key)) first.set(key, { from, to });
      }
    }
  }
  const pairs: TwoWayFolders[] = [];
  for (const [key, there] of first) {
    const [x = "", y = ""] = key.split("\n");
    const back = first.get(`${y}\n${x}`);
    if (back && x < y) pairs.push({ folders: [x, y], there, back });
  }
  return pairs.sort((p, q) => (p.folders.join("\n") < q.folders.join("\n") ? -1 : 1));
}
