// @module-tag database
import { describe, expect, it } from "vitest";
import type { ColumnUse } from "@/lib/validation/column-use";

const { db } = await import("@/lib/db");
const { formatTime } = await import("@/lib/format-time");
const { createAdminAccount } = await import("@/lib/members/create-admin-account");
const { deleteMember } = await import("@/lib/members/delete-member");
const { findDeparture } = await import("@/lib/members/departed-address");
const { setMemberPreference } = await import("@/lib/members/set-member-preference");
const { updateMemberName } = await import("@/lib/members/update-member-name");
const { previewImport } = await import("./preview-import");
const { runImportStep } = await import("./run-import");

type Statements = { newsletter: boolean; interests: boolean };
const both: Statements = { newsletter: true, interests: true };
const neither: Statements = { newsletter: false, interests: false };

const CSV = [
  "email;first name;last name;newsletter;interests",
  "new1@import.test;Nia;One;yes;Romance",
  "new2@import.test;Noa;Two;no;",
  "known@import.test;Kim;Known;yes;True crime",
  "stopped@import.test;Sam;Stop;yes;",
  "bad-address;Bad;Row;yes;",
  "NEW1@import.test;Nia;Again;yes;",
].join("\r\n");

/** Previews `csv` under the admin's statements and queues it, as the import page does. */
async function previewedAndQueued(csv: string, mapping: ColumnUse[], statements: Statements) {
  const now = new Date();
  const job = await db.memberImport.create({
    data: {
      createdBy: "admin-id",
      fileName: "club.csv",
      source: csv,
      delimiter: ";",
      columns: "[]",
      rowCount: csv.split("\r\n").length - 1,
      consentBy: statements.newsletter ? "admin@club.test" : null,
      consentAt: statements.newsletter ? now : null,
      interestsBy: statements.interests ? "admin@club.test" : null,
      interestsAt: statements.interests ? now : null,
    },
  });
  const counts = await previewImport(job.id, { source: csv, delimiter: ";" }, mapping, statements);
  await db.memberImportRow.updateMany({
    where: { importId: job.id, preview: { in: ["invalid", "duplicate"] } },
    data: { state: "done", outcome: "skipped" },
  });
  await db.memberImport.update({ where: { id: job.id }, data: { state: "queued", queuedAt: new Date() } });
  return { job, counts };
}

async function runToTheEnd() {
  while (await runImportStep("worker-a")) {
    /* until the import is done */
  }
}

const importRow = (importId: string, email: string) =>
  db.memberImportRow.findFirstOrThrow({ where: { importId, email } });

async function queuedImport(statements: Statements) {
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
  return previewedAndQueued(CSV, ["email", "firstName", "lastName", "newsletter", "interests"], statements);
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
    const { job, counts } = await queuedImport(both);
    expect(counts).toEqual({ new: 2, updated: 1, unchanged: 1, invalid: 1, duplicate: 1 });
    await runToTheEnd();
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
    // An existing member's newsletter is never turned on by a file.
    expect(await member("known@import.test")).toMatchObject({ lastName: "Known", newsletter: false });
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
    const { job } = await queuedImport(neither);
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
    // Without the statement that the members asked for them, an existing member gets no interest.
    expect((await member("known@import.test"))!.interests).toEqual([{ interestId: "seed_romance" }]);
    expect(await runImportStep("worker-b")).toBe(false);
  });

  it("leaves an import held by a live worker alone", async () => {
    const { job } = await queuedImport(neither);
    await db.memberImport.update({
      where: { id: job.id },
      data: { state: "running", leaseOwner: "alive", leaseUntil: new Date(Date.now() + 60_000) },
    });
    expect(await runImportStep("worker-c")).toBe(false);
    expect(await db.user.count({ where: { email: "new1@import.test" } })).toBe(0);
    await db.memberImport.delete({ where: { id: job.id } });
  });

  it("keeps what a member chose themselves: the newsletter they turned off, their names, their interests", async () => {
    await db.user.deleteMany({ where: { email: { endsWith: "@import.test" } } });
    const chooser = await db.user.create({
      data: {
        email: "chooser@import.test",
        firstName: "Cleo",
        emailVerified: new Date(),
        newsletter: true,
        consentedAt: new Date("2026-01-02T03:04:05Z"),
        consentDetail: "Weekly newsletter: yes. Interests: none.",
        consentIp: "10.0.0.1",
      },
    });
    // On /profile: the newsletter off, their own names, one interest.
    await setMemberPreference(chooser.id, { kind: "newsletter", value: false });
    await updateMemberName(chooser.id, { firstName: "Chloe", lastName: "Own" });
    await setMemberPreference(chooser.id, { kind: "interest", interestId: "seed_romance", value: true });
    // The admin's own row: the same rules.
    const admin = await createAdminAccount("chair@import.test");
    await setMemberPreference(admin.id, { kind: "newsletter", value: false });
    const before = await db.user.findUniqueOrThrow({ where: { id: chooser.id } });
    const csv = [
      "email;name;newsletter;interests",
      "chooser@import.test;Mallory;yes;True crime",
      "chair@import.test;;yes;",
    ].join("\r\n");

    const { job, counts } = await previewedAndQueued(
      csv,
      ["email", "firstName", "newsletter", "interests"],
      both,
    );
    expect(counts).toEqual({ new: 0, updated: 0, unchanged: 2, invalid: 0, duplicate: 0 });
    expect(await importRow(job.id, "chooser@import.test")).toMatchObject({
      preview: "unchanged",
      note: "Newsletter, names and interests kept: the member's own choice",
    });
    expect(await importRow(job.id, "chair@import.test")).toMatchObject({
      note: "Newsletter kept: the member's own choice",
    });
    await runToTheEnd();

    expect(await member("chooser@import.test")).toEqual({
      firstName: "Chloe",
      lastName: "Own",
      newsletter: false,
      emailVerified: before.emailVerified,
      consentDetail: "Weekly newsletter: yes. Interests: none.",
      interests: [{ interestId: "seed_romance" }],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: chooser.id } })).toMatchObject({
      consentedAt: before.consentedAt,
    });
    expect(await member("chair@import.test")).toMatchObject({ newsletter: false });
    expect(
      await db.auditEntry.count({
        where: { subject: { in: [chooser.id, admin.id] }, action: "member.updated_by_import" },
      }),
    ).toBe(0);
  });

  it("refuses the address of a person who deleted their account: in the preview, and when it happens after", async () => {
    await db.user.deleteMany({ where: { email: { endsWith: "@import.test" } } });
    await db.departedAddress.deleteMany();
    const gone = await db.user.create({
      data: { email: "gone@import.test", firstName: "Gil", emailVerified: new Date() },
    });
    const late = await db.user.create({
      data: { email: "late@import.test", firstName: "Lea", emailVerified: new Date() },
    });
    await deleteMember(gone.id, { kind: "member", ref: gone.id }, "member.deleted_own_account", {
      departure: "member",
    });
    const csv = ["email;name;newsletter", "gone@import.test;Gil;yes", "late@import.test;Lea;yes"].join(
      "\r\n",
    );

    const { job, counts } = await previewedAndQueued(csv, ["email", "firstName", "newsletter"], both);
    expect(counts).toMatchObject({ new: 0, invalid: 1 });
    const goneAt = (await findDeparture(db, "gone@import.test"))!.departedAt;
    expect(await importRow(job.id, "gone@import.test")).toMatchObject({
      preview: "invalid",
      problem: `This person deleted their account on ${formatTime(goneAt)}; they can sign up again themselves`,
    });
    expect(await db.user.count({ where: { email: "gone@import.test" } })).toBe(0);

    // Deleted by an admin between the preview and the import: the row is refused when it runs.
    await deleteMember(late.id, { kind: "admin", ref: "chair" }, "admin.deleted_member", {
      departure: "admin",
    });
    await runToTheEnd();
    expect(await importRow(job.id, "late@import.test")).toMatchObject({
      outcome: "failed",
      problem: expect.stringMatching(
        /^An admin deleted this person's account on .+; they can sign up again themselves$/,
      ),
    });
    expect(await db.user.count({ where: { email: { in: ["gone@import.test", "late@import.test"] } } })).toBe(
      0,
    );
    await db.departedAddress.deleteMany();
  });
});
