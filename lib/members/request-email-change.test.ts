// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { emailHash } = await import("@/lib/security/email-hash");
const { requestEmailChange } = await import("./request-email-change");

const now = new Date("2026-06-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60 * 1000);

async function ask(memberId: string, newEmail: string, signedInAt: Date) {
  return requestEmailChange(memberId, newEmail, { ip: "10.1.2.3", signedInAt }, now);
}

const queued = () => db.outboundMail.findMany({ select: { to: true, kind: true }, orderBy: { to: "asc" } });

describe("requestEmailChange", () => {
  beforeEach(async () => {
    await db.user.deleteMany({ where: { email: { endsWith: "@mover.test" } } });
    await db.outboundMail.deleteMany();
    await db.mailAttempt.deleteMany();
  });

  it("from a sign-in more than an hour old, mails a fresh sign-in link to the current address only", async () => {
    const member = await db.user.create({ data: { email: "old@mover.test", emailVerified: now } });
    expect(await ask(member.id, "new@mover.test", minutesAgo(61))).toBe("sign-in-first");

    expect(await queued()).toEqual([{ to: "old@mover.test", kind: "sign-in-again" }]);
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      email: "old@mover.test",
      pendingEmail: null,
      pendingEmailAt: null,
    });
    // The mail counts against the current address's limits (and nothing against the new one).
    expect(await db.mailAttempt.findMany({ select: { emailHash: true } })).toEqual([
      { emailHash: emailHash("old@mover.test") },
    ]);
    const [entry] = await db.auditEntry.findMany({ where: { subject: member.id }, select: { action: true } });
    expect(entry).toEqual({ action: "member.email_change_needs_sign_in" });
  });

  it("from a sign-in within the hour, stores the new address and mails the link and the notice", async () => {
    const member = await db.user.create({ data: { email: "old@mover.test", emailVerified: now } });
    expect(await ask(member.id, "new@mover.test", minutesAgo(60))).toBe("requested");

    expect(await queued()).toEqual([
      { to: "new@mover.test", kind: "email-change" },
      { to: "old@mover.test", kind: "email-change-notice" },
    ]);
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      email: "old@mover.test",
      pendingEmail: "new@mover.test",
      pendingEmailAt: now,
    });
  });
});
