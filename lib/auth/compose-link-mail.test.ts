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
