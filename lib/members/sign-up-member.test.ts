// @module-tag database
import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { signUpMember } = await import("./sign-up-member");

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

describe("signUpMember", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.outboundMail.deleteMany();
    await db.mailAttempt.deleteMany();
  });

  it("replaces the pending choices of an address not yet confirmed: the owner confirms what they see", async () => {
    await signUpMember(input("Mallory", true, ["seed_true_crime"]), "10.0.0.1");
    await signUpMember(input("Alice", false, ["seed_biographies"]), "10.0.0.2");
    expect(await member()).toEqual({
      firstName: "Alice",
      newsletter: false,
      interests: [{ interestId: "seed_biographies" }],
    });
    expect(await db.user.count()).toBe(1);
  });

  it("changes nothing for a confirmed account", async () => {
    await signUpMember(input("Alice", true, ["seed_romance"]), "10.0.0.1");
    await db.user.update({ where: { email }, data: { emailVerified: new Date() } });
    await signUpMember(input("Mallory", false, []), "10.0.0.2");
    expect(await member()).toEqual({
      firstName: "Alice",
      newsletter: true,
      interests: [{ interestId: "seed_romance" }],
    });
  });

  it("answers a double submit as a single one: one account, no error", async () => {
    await Promise.all([1, 2, 3].map(() => signUpMember(input("Alice", true, ["seed_romance"]), "10.0.0.1")));
    expect(await member()).toEqual({
      firstName: "Alice",
      newsletter: true,
      interests: [{ interestId: "seed_romance" }],
    });
    expect(await db.user.count()).toBe(1);
  });

  it("stores and queues nothing when a chosen interest is not on offer", async () => {
    const archived = await db.interest.create({
      data: { name: "Sign-up test: archived", archivedAt: new Date() },
      select: { id: true },
    });
    try {
      for (const interests of [["seed_romance", archived.id], ["no-such-interest"]]) {
        await expect(signUpMember(input("Alice", true, interests), "10.0.0.1")).rejects.toMatchObject({
          code: "INVALID_INPUT",
          field: "interests",
        });
      }
      expect([await db.user.count(), await db.outboundMail.count(), await db.mailAttempt.count()]).toEqual([
        0, 0, 0,
      ]);
    } finally {
      await db.interest.delete({ where: { id: archived.id } });
    }
  });

  it("queues a link mail each time, with no link in it yet", async () => {
    await signUpMember(input("Alice", true, []), "10.0.0.1");
    await signUpMember(input("Alice", true, []), "10.0.0.1");
    const mails = await db.outboundMail.findMany({ where: { to: email } });
    expect(mails.map((m) => [m.kind, m.text, m.html])).toEqual([
      ["link", null, null],
      ["link", null, null],
    ]);
  });
});
