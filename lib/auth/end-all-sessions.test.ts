// @module-tag database
import { afterEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { endAllSessions } = await import("./end-all-sessions");
const { emailChangeIdentifier } = await import("./email-change-link");

const EMAILS = ["leaving@sessions.test", "staying@sessions.test"];
const inAnHour = () => new Date(Date.now() + 3_600_000);

describe("endAllSessions", () => {
  afterEach(async () => {
    await db.user.deleteMany({ where: { email: { in: EMAILS } } });
    await db.verificationToken.deleteMany({ where: { identifier: { in: EMAILS } } });
  });

  it("ends the member's every session and link, no one else's, and writes it to the audit log", async () => {
    const [leaving, staying] = await Promise.all(EMAILS.map((email) => db.user.create({ data: { email } })));
    for (const [i, member] of [leaving!, staying!].entries()) {
      await db.session.createMany({
        data: [1, 2].map((n) => ({
          sessionToken: `end-all-${i}-${n}`,
          userId: member.id,
          expires: inAnHour(),
        })),
      });
      await db.verificationToken.create({
        data: { identifier: member.email, token: `end-all-${i}`, expires: inAnHour() },
      });
    }

    await endAllSessions(leaving!);

    expect(await db.session.count({ where: { userId: leaving!.id } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: leaving!.email } })).toBe(0);
    expect(await db.session.count({ where: { userId: staying!.id } })).toBe(2);
    expect(await db.verificationToken.count({ where: { identifier: staying!.email } })).toBe(1);
    expect(
      await db.auditEntry.findFirst({
        where: { subject: leaving!.id },
        select: { actorKind: true, actorRef: true, action: true },
      }),
    ).toEqual({ actorKind: "member", actorRef: leaving!.id, action: "member.signed_out_everywhere" });
  });

  it("cancels an address change still waiting for its link", async () => {
    const member = await db.user.create({
      data: { email: EMAILS[0]!, pendingEmail: "taken-over@sessions.test", pendingEmailAt: new Date() },
    });
    const identifier = emailChangeIdentifier(member.id, "taken-over@sessions.test");
    await db.verificationToken.create({ data: { identifier, token: "end-all-change", expires: inAnHour() } });

    await endAllSessions(member);

    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      pendingEmail: null,
      pendingEmailAt: null,
    });
    expect(await db.verificationToken.count({ where: { identifier } })).toBe(0);
  });
});
