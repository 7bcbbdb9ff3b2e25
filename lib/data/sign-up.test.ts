import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { signUp } = await import("./sign-up");

const email = "pending@club.test";
const input = (firstName: string, newsletter: boolean, interests: string[]) => ({
  email,
  firstName,
  lastName: "Test",
  newsletter,
  interests,
});
const member = () =>
  db.user.findUniqueOrThrow({
    where: { email },
    select: { firstName: true, newsletter: true, interests: { select: { interestId: true } } },
  });

describe("signUp", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.outboundMail.deleteMany();
    await db.mailAttempt.deleteMany();
  });

  it("replaces the pending choices of an address not yet confirmed: the owner confirms what they see", async () => {
    await signUp(input("Mallory", true, ["seed_true_crime"]), "10.0.0.1");
    await signUp(input("Alice", false, ["seed_biographies"]), "10.0.0.2");
    expect(await member()).toEqual({
      firstName: "Alice",
      newsletter: false,
      interests: [{ interestId: "seed_biographies" }],
    });
    expect(await db.user.count()).toBe(1);
  });

  it("changes nothing for a confirmed account", async () => {
    await signUp(input("Alice", true, ["seed_romance"]), "10.0.0.1");
    await db.user.update({ where: { email }, data: { emailVerified: new Date() } });
    await signUp(input("Mallory", false, []), "10.0.0.2");
    expect(await member()).toEqual({ firstName: "Alice", newsletter: true, interests: [{ interestId: "seed_romance" }] });
  });

  it("answers a double submit as a single one: one account, no error", async () => {
    await Promise.all([1, 2, 3].map(() => signUp(input("Alice", true, ["seed_romance"]), "10.0.0.1")));
    expect(await member()).toEqual({ firstName: "Alice", newsletter: true, interests: [{ interestId: "seed_romance" }] });
    expect(await db.user.count()).toBe(1);
  });

  it("queues a link mail each time, with no link in it yet", async () => {
    await signUp(input("Alice", true, []), "10.0.0.1");
    await signUp(input("Alice", true, []), "10.0.0.1");
    const mails = await db.outboundMail.findMany({ where: { to: email } });
    expect(mails.map((m) => [m.kind, m.text, m.html])).toEqual([
      ["link", null, null],
      ["link", null, null],
    ]);
  });
});
