// One process of the serialized-sqlite test: `count` transactions that read, then write, on DATABASE_URL.
import { PrismaClient } from "../../lib/generated/prisma/client";
import { SerializedSQLite } from "../../lib/serialized-sqlite";
import { sqliteFile } from "../../lib/sqlite-file";

async function main() {
  const [label = "x", count = "10"] = process.argv.slice(2);
  const db = new PrismaClient({
    adapter: new SerializedSQLite({ url: sqliteFile(process.env.DATABASE_URL!), timeout: 5000 }),
  });
  let written = 0;
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: Number(count) }, async (_, i) => {
      try {
        await db.$transaction(async (tx) => {
          const seen = await tx.interest.count({ where: { name: { startsWith: "Contended " } } });
          await tx.interest.create({ data: { name: `Contended ${label}${i} after ${seen}` } });
        });
        written += 1;
      } catch (error) {
        failures.push(error instanceof Error ? error.message.split("\n").at(-1)! : String(error));
      }
    }),
  );
  await db.$disconnect();
  console.log(
    failures.length ? `${written} written; ${failures.length} failed: ${failures[0]}` : `${written} written`,
  );
}

void main();
