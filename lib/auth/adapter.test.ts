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
    expect(await adapter.getSessionAndUser!(cookie)).toMatchObject({
      user: { email: "session@club.test" },
      session: { sessionToken: cookie },
    });

    await adapter.deleteSession!(cookie);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await db.user.delete({ where: { id: user.id } });
  });
});
