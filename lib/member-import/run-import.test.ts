import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { previewImport } = await import("./preview-import");
const { runImportStep } = await import("./run-import");

const CSV = [
  "email;first name;last name;newsletter;interests",
  "new1@import.test;Nia;One;yes;Romance",
  "new2@import.test;Noa;Two;no;",
  "known@import.test;Kim;Known;yes;True crime",
  "stopped@import.test;Sam;Stop;yes;",
  "bad-address;Bad;Row;yes;",
  "NEW1@import.test;Nia;Again;yes;",
].join("\r\n");

async function queuedImport(consent: boolean) {
  await db.user.deleteMany({ where: { email: { endsWith: "@import.test" } } });
  await db.user.create({
    data: {
      email: "known@import.test",
      firstName: "Kim",
      emailVerified: new Date(),
      interests: { create: [{ interestId: "seed_romance" }] },
    },
  });
  await db.user.create({
    data: {
      email: "stopped@import.test",
      firstName: "Sam",
      lastName: "Stop",
      emailVerified: new Date(),
      newsletterStop: "unsubscribed",
    },
  });
  const job = await db.memberImport.create({
    data: {
      createdBy: "admin-id",
      fileName: "club.csv",
      source: CSV,
      delimiter: ";",
      columns: "[]",
      rowCount: 6,
      consentBy: consent ? "admin@club.test" : null,
      consentAt: consent ? new Date() : null,
    },
  });
  const counts = await previewImport(
    job.id,
    { source: CSV, delimiter: ";" },
    ["email", "firstName", "lastName", "newsletter", "interests"],
    consent,
  );
  await db.memberImportRow.updateMany({
    where: { importId: job.id, preview: { in: ["invalid", "duplicate"] } },
    data: { state: "done", outcome: "skipped" },
  });
  await db.memberImport.update({ where: { id: job.id }, data: { state: "queued", queuedAt: new Date() } });
  return { job, counts };
}

const member = (email: string) =>
  db.user.findUnique({
    where: { email },
    select: {
      firstName: true,
      lastName: true,
      newsletter: true,
      emailVerified: true,
      consentDetail: true,
      interests: { select: { interestId: true } },
    },
  });

describe("an import", () => {
  it("previews each row, then imports it once: members, their sync rows and audit entries", async () => {
    const { job, counts } = await queuedImport(true);
    expect(counts).toEqual({ new: 2, updated: 1, unchanged: 1, invalid: 1, duplicate: 1 });
    while (await runImportStep("worker-a")) {
      /* until the import is done */
    }
    expect(await db.memberImport.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: "done",
      source: null,
      processed: 4,
      created: 2,
      updated: 1,
      unchanged: 1,
      failed: 0,
    });
    expect(await member("new1@import.test")).toMatchObject({
      firstName: "Nia",
      lastName: "One",
      newsletter: true,
      consentDetail: expect.stringContaining("These people agreed to receive the newsletter"),
      interests: [{ interestId: "seed_romance" }],
    });
    expect(await member("new2@import.test")).toMatchObject({ newsletter: false, consentDetail: null });
    expect((await member("known@import.test"))!.interests.map((i) => i.interestId).sort()).toEqual([
      "seed_romance",
      "seed_true_crime",
    ]);
    expect(await member("stopped@import.test")).toMatchObject({ newsletter: false });
    expect(
      await db.memberImportRow.findFirst({ where: { importId: job.id, email: "stopped@import.test" } }),
    ).toMatchObject({
      outcome: "unchanged",
      note: "Newsletter not turned on: the address was unsubscribed in MailerLite",
    });
    const ids = (
      await db.user.findMany({
        where: { email: { in: ["new1@import.test", "new2@import.test", "known@import.test"] } },
      })
    ).map((u) => u.id);
    expect(await db.memberSync.count({ where: { memberId: { in: ids }, state: "pending" } })).toBe(3);
    expect(
      await db.auditEntry.count({
        where: { subject: { in: ids }, action: { in: ["member.imported", "member.updated_by_import"] } },
      }),
    ).toBe(3);
  });

  it("is carried on by another worker when the one holding it died, importing no row twice", async () => {
    const { job } = await queuedImport(false);
    const past = new Date(Date.now() - 120_000);
    // A worker took the import and imported nothing before it died; its lease has run out.
    await db.memberImport.update({
      where: { id: job.id },
      data: { state: "running", leaseOwner: "dead", leaseUntil: past },
    });
    expect(await runImportStep("worker-b")).toBe(true);
    expect(await db.memberImport.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: "done",
      created: 2,
    });
    expect(await db.user.count({ where: { email: "new1@import.test" } })).toBe(1);
    expect(await member("new1@import.test")).toMatchObject({ newsletter: false });
    expect(await runImportStep("worker-b")).toBe(false);
  });

  it("leaves an import held by a live worker alone", async () => {
    const { job } = await queuedImport(false);
    await db.memberImport.update({
      where: { id: job.id },
      data: { state: "running", leaseOwner: "alive", leaseUntil: new Date(Date.now() + 60_000) },
    });
    expect(await runImportStep("worker-c")).toBe(false);
    expect(await db.user.count({ where: { email: "new1@import.test" } })).toBe(0);
    await db.memberImport.delete({ where: { id: job.id } });
  });
});
