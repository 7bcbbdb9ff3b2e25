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
