import { readdirSync, readFileSync } from "node:fs";

type Proc = { pid: number; ppid: number; name: string; rssKb: number; pssKb: number };

/** The process's proportional share of its pages: what RSS counts twice for pages two processes share (the
 * `node` binary's, npm's and the server's) is split between them. */
function pssKbOf(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function readProc(pid: number): Proc | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, "m").exec(status)?.[1] ?? "";
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return {
      pid,
      ppid: Number(field("PPid")),
      name: cmdline.slice(0, 3).join(" ") || field("Name"),
      rssKb: Number.parseInt(field("VmRSS") || "0", 10),
      pssKb: pssKbOf(pid),
    };
  } catch {
    return null; // ended meanwhile
  }
}

/** The process `root` and all its descendants, each with its resident memory (Linux /proc). */
export function processTree(root: number): Proc[] {
  const all = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProc(Number(entry)))
    .filter((proc): proc is Proc => proc !== null);
  const tree: Proc[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    const proc = all.find((p) => p.pid === pid);
    if (proc) tree.push(proc);
    queue.push(...all.filter((p) => p.ppid === pid).map((p) => p.pid));
  }
  return tree;
}

/** The tree's total resident memory in MiB. */
export const treeRssMib = (root: number) =>
  processTree(root).reduce((sum, proc) => sum + proc.rssKb, 0) / 1024;

/** Samples the tree's RSS every `everyMs` until stopped; returns the peak in MiB. */
export function rssSampler(root: number, everyMs = 200) {
  let peak = treeRssMib(root);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMib(root))), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRssMib(root));
    },
  };
}
