// @module-tag database
import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { clubAdapter } = await import("./adapter");

describe("sessions (the adapter)", () => {
  it("are stored under a hash of the cookie's value, found by the value, and ended by it", async () => {
    const adapter = clubAdapter();
    const user = await db.user.create({ data: { email: "session@club.test" } });
    const cookie = "a-session-cookie-value-of-some-length";
    const expires = new Date(Date.now() + 60_000);
    await adapter.createSession!({ sessionToken: cookie, userId: user.id, expires });

    const [stored] = await db.session.findMany({ where: { userId: user.id } });
    expect(stored!.sessionToken).not.toContain(cookie);
    expect(await adapter.getSessionAndUser!(stored!.sessionToken)).toBeNull();
    expect(await adapter.getSessionAndUser!(cookie)).toEqual({
      user: { id: user.id, email: "session@club.test", emailVerified: null },
      session: { sessionToken: cookie, userId: user.id, expires },
    });
    const verified = new Date("2026-02-03T04:05:06.789Z");
    await db.user.update({ where: { id: user.id }, data: { emailVerified: verified } });
    expect((await adapter.getSessionAndUser!(cookie))?.user.emailVerified).toEqual(verified);

    await adapter.deleteSession!(cookie);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await db.user.delete({ where: { id: user.id } });
  });

  it("keep the time of their sign-in: a new one gets it, a renewal moves the expiry only", async () => {
    const adapter = clubAdapter();
    const user = await db.user.create({ data: { email: "renewed@club.test" } });
    const cookie = "another-session-cookie-value-of-some-length";
    const before = Date.now();
    await adapter.createSession!({
      sessionToken: cookie,
      userId: user.id,
      expires: new Date(before + 60_000),
    });
    const [created] = await db.session.findMany({ where: { userId: user.id } });
    expect(created!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(created!.createdAt.getTime()).toBeLessThanOrEqual(Date.now());

    const signedInAt = new Date("2026-01-02T03:04:05.000Z");
    await db.session.update({ where: { id: created!.id }, data: { createdAt: signedInAt } });
    const renewed = new Date(before + 30 * 24 * 60 * 60 * 1000);
    // Whatever else a caller passes along.
    const renewal = { sessionToken: cookie, expires: renewed, createdAt: new Date() };
    await adapter.updateSession!(renewal);
    expect(await db.session.findUnique({ where: { id: created!.id } })).toMatchObject({
      expires: renewed,
      createdAt: signedInAt,
    });
    await db.user.delete({ where: { id: user.id } });
  });
});
