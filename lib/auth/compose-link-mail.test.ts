// @module-tag database
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", async (original) => {
  const actual = await original<typeof import("@/lib/env")>();
  return { env: { ...actual.env, APP_URL: "https://club.test", ADMIN_EMAILS: ["chair@club.test"] } };
});

const { db } = await import("@/lib/db");
const { composeMail } = await import("./compose-link-mail");
const { forgetClubSettings } = await import("@/lib/club/club-settings");
const composeLinkMail = (to: string) => composeMail({ to, kind: "link", memberId: null });
const { isLinkUsable } = await import("./link-tokens");
const { keepOldEmailIdentifier } = await import("./email-change-link");

const linkOf = (text: string) => new URL(/https:\/\/\S+/.exec(text)![0]);

describe("composeMail", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.verificationToken.deleteMany();
  });

  it("sends an unconfirmed account a confirmation link, a confirmed one a sign-in link", async () => {
    await db.user.create({ data: { email: "new@club.test" } });
    await db.user.create({ data: { email: "known@club.test", emailVerified: new Date() } });
    const confirm = await composeLinkMail("new@club.test");
    const signIn = await composeLinkMail("known@club.test");
    expect(confirm.content.subject).toContain("Confirm");
    expect(linkOf(confirm.content.text).pathname).toBe("/confirm");
    expect(signIn.content.subject).toContain("sign-in link");
    expect(linkOf(signIn.content.text).pathname).toBe("/signin/verify");
    const link = linkOf(signIn.content.text).searchParams;
    expect(await isLinkUsable({ email: link.get("email")!, token: link.get("token")! })).toBe(true);
    await signIn.abandon!();
    expect(await isLinkUsable({ email: link.get("email")!, token: link.get("token")! })).toBe(false);
  });

  it("sends an unknown address a note to sign up, and makes no link", async () => {
    const mail = await composeLinkMail("stranger@club.test");
    expect(mail.content.subject).toContain("No account yet");
    expect(mail.content.text).toContain("https://club.test/signup");
    expect(await db.verificationToken.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
  });

  it("gives an admin's address its account, confirmed by the click on its first sign-in link", async () => {
    const mail = await composeLinkMail("chair@club.test");
    expect(linkOf(mail.content.text).pathname).toBe("/signin/verify");
    expect(mail.content.subject).toBe("Your first sign-in to The Book Club");
    expect(mail.content.text).not.toContain("finish signing up");
    expect(await db.user.findUnique({ where: { email: "chair@club.test" } })).toMatchObject({
      emailVerified: null,
    });
  });

  it("sends an admin who signed up through the form the confirmation of their choices", async () => {
    await db.user.create({ data: { email: "chair@club.test", firstName: "Chair", newsletter: true } });
    const mail = await composeLinkMail("chair@club.test");
    expect(linkOf(mail.content.text).pathname).toBe("/confirm");
  });

  it("answers a change of address asked for from an old sign-in with a sign-in link to the current address", async () => {
    const member = await db.user.create({ data: { email: "known@club.test", emailVerified: new Date() } });
    const mail = await composeMail({ to: "known@club.test", kind: "sign-in-again", memberId: member.id });
    expect(mail.content.subject).toBe("Sign in again to change your email address at The Book Club");
    const link = linkOf(mail.content.text);
    expect(link.pathname).toBe("/signin/verify");
    expect(await isLinkUsable({ email: "known@club.test", token: link.searchParams.get("token")! })).toBe(
      true,
    );
  });

  it("mails the old address a notice whose one link keeps that address, for 7 days", async () => {
    const member = await db.user.create({
      data: { email: "kept@club.test", emailVerified: new Date(), pendingEmail: "next@club.test" },
    });
    const sentAt = Date.now();
    const mail = await composeMail({
      to: "kept@club.test",
      kind: "email-change-notice",
      memberId: member.id,
    });
    expect(mail.content.text).toContain("to n…@club.test.");
    expect(mail.content.text).toContain("If this wasn't you, keep your old address with this link");
    expect(mail.content.text).not.toContain("change it back");
    const url = linkOf(mail.content.text);
    expect(url.pathname).toBe("/email-change/undo");
    expect(url.searchParams.get("member")).toBe(member.id);
    expect(url.searchParams.get("email")).toBe("kept@club.test");
    const link = {
      email: keepOldEmailIdentifier(member.id, "kept@club.test"),
      token: url.searchParams.get("token")!,
    };
    const days = (n: number) => n * 24 * 60 * 60 * 1000;
    expect(await isLinkUsable(link, new Date(sentAt + days(7) - 60_000))).toBe(true);
    expect(await isLinkUsable(link, new Date(sentAt + days(7) + 60_000))).toBe(false);
    // It keeps that address only: not a sign-in link, nor one for another address.
    expect(await isLinkUsable({ email: "kept@club.test", token: link.token })).toBe(false);
    expect(await isLinkUsable({ ...link, email: keepOldEmailIdentifier(member.id, "next@club.test") })).toBe(
      false,
    );
  });

  it("writes in the club's name, from its sender name, once an admin set them", async () => {
    await db.clubSettings.upsert({
      where: { id: "club" },
      create: { id: "club", name: "Night Owls", description: "", senderName: "Owl Post" },
      update: { name: "Night Owls", senderName: "Owl Post" },
    });
    forgetClubSettings();
    try {
      const mail = await composeLinkMail("stranger@club.test");
      expect(mail.content.subject).toBe("No account yet at Night Owls");
      expect(mail.fromName).toBe("Owl Post");
    } finally {
      await db.clubSettings.deleteMany();
      forgetClubSettings();
    }
  });
});
