// @module-tag database
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/scripts/lib/migrate";
import { expect, it } from "vitest";

const { db } = await import("@/lib/db");

it.each(["create", "deleteMany"] as const)(
  "a %s outside a transaction survives another transaction's rollback",
  async (operation) => {
    await db.interest.deleteMany({ where: { name: { startsWith: "Isolation " } } });
    const target = await db.interest.create({ data: { name: "Isolation target" } });
    let inside!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));

    const failing = db.$transaction(async (tx) => {
      await tx.interest.create({ data: { name: "Isolation rolled back" } });
      inside();
      await mayFinish;
      throw new Error("roll back");
    });
    await transactionOpen;
    const outside =
      operation === "create"
        ? db.interest.create({ data: { name: "Isolation kept" } })
        : db.interest.deleteMany({ where: { id: target.id } });
    // Time for the other statement to run if nothing holds it back (what did not happen cannot be polled).
    await new Promise((resolve) => setTimeout(resolve, 50));
    finish();
    await expect(failing).rejects.toThrow("roll back");
    await outside;

    const names = (await db.interest.findMany({ where: { name: { startsWith: "Isolation " } } })).map(
      (i) => i.name,
    );
    expect(names.sort()).toEqual(operation === "create" ? ["Isolation kept", "Isolation target"] : []);
    await db.interest.deleteMany({ where: { name: { startsWith: "Isolation " } } });
  },
);

it("lets several processes' transactions that read, then write, all succeed on one file", async () => {
  // As the app and its workers (or several instances) on one SQLite file, each with its own connection.
  const dir = mkdtempSync(path.join(os.tmpdir(), "bookclub-contend-"));
  const url = `file:${path.join(dir, "contend.db")}`;
  const log = console.log;
  console.log = () => {};
  migrate(url);
  console.log = log;
  const processes = ["a", "b", "c"].map(
    (label) =>
      new Promise<string>((resolve) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "test/support/contend-sqlite.ts", label, "15"],
          {
            env: { ...process.env, DATABASE_URL: url },
          },
        );
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("exit", (code) => resolve(`${label}: exit ${code} ${output.trim()}`));
      }),
  );
  try {
    expect(await Promise.all(processes)).toEqual([
      "a: exit 0 15 written",
      "b: exit 0 15 written",
      "c: exit 0 15 written",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
