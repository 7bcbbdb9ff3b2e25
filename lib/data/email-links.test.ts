// @module-tag database
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signedIn } from "@/test/support/session-stub";

vi.mock("@/lib/auth/config", () => import("@/test/support/session-stub"));
vi.mock("@/lib/auth/current-user", () => import("@/test/support/session-stub"));

const { db } = await import("@/lib/db");
const { composeMail } = await import("@/lib/auth/compose-link-mail");
const { changeMemberEmail } = await import("@/lib/members/change-member-email");
const { confirmEmailChangeWithLink, keepOldEmailWithLink, landOnKeepOldEmailLink } = await import("./email-links");

const days = (n: number) => n * 24 * 60 * 60 * 1000;

/** The link a mail carries, as its page reads it. */
async function linkMailed(to: string, kind: "email-change" | "email-change-notice", memberId: string) {
  const mail = await composeMail({ to, kind, memberId });
  const url = new URL(/https?:\/\/\S+/.exec(mail.content.text)![0]);
  return { member: url.searchParams.get("member")!, email: url.searchParams.get("email")!, token: url.searchParams.get("token")! };
}

describe("the links of an address change", () => {
  beforeEach(async () => {
    await db.user.deleteMany({ where: { email: { endsWith: "@links.test" } } });
    signedIn.current = null;
  });

  it("“keep my old address” works for 7 days after the notice was sent, not after", async () => {
    const member = await db.user.create({
      data: { email: "old@links.test", emailVerified: new Date(), pendingEmail: "new@links.test" },
    });
    const sentAt = Date.now();
    const keep = await linkMailed("old@links.test", "email-change-notice", member.id);
    expect(await changeMemberEmail(member.id, "new@links.test")).toBe("changed");

    const late = new Date(sentAt + days(7) + 60_000);
    expect(await landOnKeepOldEmailLink(keep, late)).toBe(false);
    expect(await keepOldEmailWithLink(keep, late)).toBe("unusable");
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ email: "new@links.test" });

    const inTime = new Date(sentAt + days(7) - 60_000);
    expect(await landOnKeepOldEmailLink(keep, inTime)).toBe(true);
    expect(await keepOldEmailWithLink(keep, inTime)).toBe("restored");
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ email: "old@links.test" });
  });

  it("says whether the confirmation came from the member's own session (who then goes back to their profile)", async () => {
    const member = await db.user.create({
      data: { email: "mine@links.test", emailVerified: new Date(), pendingEmail: "mine2@links.test" },
    });
    const change = await linkMailed("mine2@links.test", "email-change", member.id);
    signedIn.current = { id: member.id, email: "mine@links.test" };
    expect(await confirmEmailChangeWithLink(change)).toEqual({ result: "changed", bySelf: true });

    await db.user.update({ where: { id: member.id }, data: { pendingEmail: "mine3@links.test" } });
    const another = await linkMailed("mine3@links.test", "email-change", member.id);
    signedIn.current = null;
    expect(await confirmEmailChangeWithLink(another)).toEqual({ result: "changed", bySelf: false });
  });
});
