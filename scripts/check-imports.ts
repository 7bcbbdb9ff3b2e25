import {
  ARCHITECTURE_RULES,
  buildImportGraph,
  cycleWalk,
  findCycles,
  findTwoWayFolders,
  findUpwardImports,
  productionFiles,
} from "./lib/import-graph";
import { findRawSql } from "./lib/raw-sql";

// Fails on an import cycle, an upward import or two folders of lib/ importing each other, among the production
// files (rules in lib/import-graph.ts), and on raw SQL outside the domain folders (lib/raw-sql.ts).
const files = productionFiles(process.cwd());
const graph = buildImportGraph(process.cwd(), files);
const cycles = findCycles(graph);
const upward = findUpwardImports(graph, ARCHITECTURE_RULES);
const twoWay = findTwoWayFolders(graph);
const rawSql = findRawSql(process.cwd(), files);

for (const cycle of cycles) console.error(`Import cycle: ${cycleWalk(graph, cycle).join(" → ")}`);
for (const { from, to, rule } of upward) console.error(`Upward import (${rule}): ${from} → ${to}`);
for (const { folders, there, back } of twoWay) {
  const [a, b] = folders;
  console.error(`Two-way folders: ${a} ↔ ${b} (${there.from} → ${there.to}; ${back.from} → ${back.to})`);
}
for (const { file, line, call } of rawSql) {
  console.error(
    `Raw SQL outside the domain folders: ${file}:${line} (${call}); write a named function in lib/<domain>/`,
  );
}
if (cycles.length > 0 || upward.length > 0 || twoWay.length > 0 || rawSql.length > 0) process.exit(1);
console.log(
  `Imports OK: ${files.length} production files, no cycle, no upward import, no two folders of lib/ importing each other, no raw SQL outside the domain folders.`,
);
