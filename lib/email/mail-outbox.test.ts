import { beforeEach, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { claimDueMails, stillHoldsMail } = await import("./mail-outbox");

describe("the mail outbox's lease", () => {
  beforeEach(async () => {
    await db.outboundMail.deleteMany();
  });

  it("belongs to one sender: one that stalled past it may not send once another took the mail over", async () => {
    const mail = await db.outboundMail.create({ data: { to: "a@club.test", kind: "link" } });
    expect(await claimDueMails("stalled", 1)).toHaveLength(1);
    expect(await claimDueMails("other", 1)).toHaveLength(0);
    expect(await stillHoldsMail(mail.id, "stalled")).toBe(true);

    await db.outboundMail.update({ where: { id: mail.id }, data: { leaseUntil: new Date(Date.now() - 1) } });
    expect(await claimDueMails("other", 1)).toHaveLength(1);
    expect(await stillHoldsMail(mail.id, "stalled")).toBe(false);
    expect(await stillHoldsMail(mail.id, "other")).toBe(true);
  });
});
