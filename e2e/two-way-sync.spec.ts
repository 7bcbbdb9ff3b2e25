import type { Browser, Page } from "@playwright/test";
import { testDb } from "./support/db";
import { appUrl, e2eAdminEmail } from "./support/e2e-env";
import { createSession, expect, test } from "./support/fixtures";
import { mailerlite } from "./support/mailerlite";

const WEBHOOK_URL = `${appUrl}/api/webhooks/mailerlite`;

/** A confirmed member who wants the newsletter, once MailerLite holds them; returns their subscriber id. */
async function subscribedMember(email: string): Promise<string> {
  await expect
    .poll(async () => (await mailerlite.subscriber(email))?.status, { timeout: 15_000 })
    .toBe("active");
  await expect
    .poll(async () => (await mailerlite.webhooks()).filter((w) => w.url === WEBHOOK_URL).length, {
      timeout: 30_000,
    })
    .toBe(1);
  return (await mailerlite.subscriber(email))!.id;
}

/** Every call after `afterSeq` that would make this subscriber active: an upsert or update asking for it. */
async function reactivations(email: string, id: string, afterSeq: number) {
  const bodies = (await mailerlite.requests())
    .filter((r) => r.seq > afterSeq)
    .flatMap((r) => {
      if (r.path === "/api/batch") {
        const items = (r.body as { requests?: { path: string; body?: unknown }[] }).requests ?? [];
        return items.map((item) => ({
          path: `/api/${item.path.replace(/^\/?(api\/)?/, "")}`,
          body: item.body,
        }));
      }
      return [{ path: r.path, body: r.body }];
    });
  return bodies.filter(({ path, body }) => {
    const b = (body ?? {}) as { email?: string; status?: string };
    const aboutThem = (path === "/api/subscribers" && b.email === email) || path === `/api/subscribers/${id}`;
    return aboutThem && b.status !== undefined && b.status !== "unsubscribed";
  });
}

const latestSeq = async () => Math.max(0, ...(await mailerlite.requests()).map((r) => r.seq));

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: appUrl })).newPage();
  await createSession(page, e2eAdminEmail);
  return page;
}

/** Clicks "Reconcile now" and waits for that pass (not an earlier one) to finish. */
async function reconcileNow(admin: Page) {
  await admin.goto("/admin/sync");
  const button = admin.getByRole("button", { name: "Reconcile now" });
  await expect(button).toBeEnabled({ timeout: 20_000 });
  const before = await testDb().reconcileRun.count();
  await button.click();
  await expect.poll(() => testDb().reconcileRun.count()).toBe(before + 1);
  const pass = await testDb().reconcileRun.findFirstOrThrow({ orderBy: { requestedAt: "desc" } });
  expect(pass.requestedBy).not.toBeNull();
  await expect
    .poll(async () => (await testDb().reconcileRun.findUniqueOrThrow({ where: { id: pass.id } })).state, {
      timeout: 20_000,
    })
    .toBe("done");
  await admin.reload();
  await expect(admin.getByText(/^Last pass .*: Finished/)).toBeVisible();
}

test(
  "an unsubscribe in MailerLite shows on the profile within seconds, and nothing the member does re-activates it",
  { tag: "@club-wide" },
  async ({ page, confirmedMember }) => {
    const email = await confirmedMember({
      firstName: "Una",
      lastName: "Sub",
      newsletter: true,
      interests: ["Romance"],
    });
    const id = await subscribedMember(email);
    const before = await latestSeq();

    const started = Date.now();
    await mailerlite.act(email, "unsubscribe");
    const box = page.getByRole("checkbox", { name: "Get weekly newsletter" });
    await expect(async () => {
      await page.reload();
      await expect(box).not.toBeChecked({ timeout: 500 });
    }).toPass({ timeout: 15_000 });
    console.log(
      `unsubscribe shown on /profile ${Date.now() - started} ms after it happened in MailerLite (webhook)`,
    );
    await expect(page.getByText(/You unsubscribed from the newsletter on \d+ \w+ \d{4}/)).toBeVisible();

    // Interests stay the member's: the change reaches MailerLite, the subscriber stays unsubscribed.
    await page.getByRole("checkbox", { name: "True crime", exact: true }).check();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    const trueCrime = await mailerlite.groupId("True crime");
    await expect.poll(async () => (await mailerlite.subscriber(email))?.groups).toContain(trueCrime);

    // Clicked, not checked: the tick is shown, then rolled back with the reason beside it.
    await box.click();
    await expect(
      page.getByRole("alert").filter({ hasText: "does not let the club subscribe an address again" }),
    ).toBeVisible();
    await expect(box).not.toBeChecked();
    await page.reload();
    await expect(box).not.toBeChecked();

    expect((await mailerlite.subscriber(email))?.status).toBe("unsubscribed");
    expect(await reactivations(email, id, before)).toEqual([]);
    const member = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(member).toMatchObject({ newsletter: false, newsletterStop: "unsubscribed", mailerliteId: id });
  },
);

test(
  "a forged delivery changes nothing; a replayed or out-of-date one changes nothing more",
  { tag: "@club-wide" },
  async ({ page, confirmedMember }) => {
    const email = await confirmedMember({ firstName: "Rita", lastName: "Play", newsletter: true });
    const id = await subscribedMember(email);
    const forged = JSON.stringify({
      events: [{ type: "subscriber.unsubscribed", subscriber: { id, email, status: "unsubscribed" } }],
    });
    const post = (headers: Record<string, string>, body = forged) =>
      page.request.post(WEBHOOK_URL, {
        headers: { "Content-Type": "application/json", ...headers },
        data: body,
      });
    expect((await post({})).status()).toBe(401);
    expect((await post({ Signature: "0".repeat(64) })).status()).toBe(401);
    expect((await post({ Signature: "not hex" })).status()).toBe(401);
    expect(await testDb().user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      newsletter: true,
      newsletterStop: null,
    });

    // A genuine unsubscribe is applied; then the person subscribes again through MailerLite's own form.
    await mailerlite.act(email, "unsubscribe");
    await expect
      .poll(async () => (await testDb().user.findUniqueOrThrow({ where: { email } })).newsletterStop)
      .toBe("unsubscribed");
    const unsubscribe = (await mailerlite.deliveries()).findLast(
      (d) => d.body.includes(email) && d.types.includes("subscriber.unsubscribed"),
    );
    expect(unsubscribe?.delivered).toBe(true);
    // MailerLite's times have whole seconds: the form is filled in a later second than the unsubscribe.
    const unsubscribedSecond = Math.floor(Date.now() / 1000);
    await expect
      .poll(() => Math.floor(Date.now() / 1000), { intervals: [100] })
      .toBeGreaterThan(unsubscribedSecond);
    await mailerlite.act(email, "resubscribe");
    await expect
      .poll(async () => (await testDb().user.findUniqueOrThrow({ where: { email } })).newsletter)
      .toBe(true);

    // The old delivery again, byte for byte with its valid signature: accepted (2xx) and changes nothing.
    const replay = await post({ Signature: unsubscribe!.signature }, unsubscribe!.body);
    expect(replay.status()).toBe(200);
    const events = () =>
      testDb().webhookEvent.count({ where: { body: { contains: email }, state: "pending" } });
    await expect.poll(events).toBe(0);
    expect(await testDb().user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      newsletter: true,
      newsletterStop: null,
    });
    await page.goto("/profile");
    await expect(page.getByRole("checkbox", { name: "Get weekly newsletter" })).toBeChecked();
  },
);

test(
  "an unsubscribe whose delivery was lost, and group changes made by hand, are repaired by Reconcile now",
  { tag: "@club-wide" },
  async ({ browser, confirmedMember }) => {
    const lost = await confirmedMember({ firstName: "Lost", lastName: "Hook", newsletter: true });
    const lostId = await subscribedMember(lost);
    await mailerlite.act(lost, "unsubscribe", { deliver: false });

    // By hand in MailerLite: out of an interest's group the member chose (delivered), into one they did not (lost).
    const other = await confirmedMember({
      firstName: "Hand",
      lastName: "Made",
      newsletter: true,
      interests: ["Romance"],
    });
    const otherId = await subscribedMember(other);
    const romance = await mailerlite.groupId("Romance");
    const biographies = await mailerlite.groupId("Biographies");
    await expect.poll(async () => (await mailerlite.subscriber(other))?.groups).toEqual([romance]);
    await mailerlite.changeGroupByHand(otherId, romance, false);
    await expect
      .poll(async () => (await mailerlite.subscriber(other))?.groups, { timeout: 15_000 })
      .toEqual([romance]);
    await mailerlite.changeGroupByHand(otherId, biographies, true, { deliver: false });

    const admin = await adminPage(browser);
    await reconcileNow(admin);
    await expect
      .poll(async () => (await mailerlite.subscriber(other))?.groups, { timeout: 15_000 })
      .toEqual([romance]);
    expect(await testDb().user.findUniqueOrThrow({ where: { email: lost } })).toMatchObject({
      newsletter: false,
      newsletterStop: "unsubscribed",
      mailerliteId: lostId,
    });
    expect((await mailerlite.subscriber(lost))?.status).toBe("unsubscribed");

    const repairs = await testDb().auditEntry.findMany({
      where: {
        action: { in: ["mailerlite.group_repaired", "mailerlite.repaired"] },
        subject: (await testDb().user.findUniqueOrThrow({ where: { email: other } })).id,
      },
    });
    expect(repairs.map((r) => r.action).sort()).toEqual(["mailerlite.group_repaired", "mailerlite.repaired"]);

    await admin.goto(`/admin?q=${encodeURIComponent(lost)}`);
    await expect(admin.getByRole("cell", { name: /No: unsubscribed in MailerLite/ })).toBeVisible();
    await admin.goto("/admin/sync");
    await expect(
      admin.getByText(new RegExp(`Registered .* for ${appUrl}/api/webhooks/mailerlite`)),
    ).toBeVisible();
    await expect(admin.getByText(/^[1-9]\d* \(last /)).toBeVisible();
  },
);

test(
  "a subscriber deleted in MailerLite whose webhook was lost is found by Reconcile now: 1 missing in MailerLite, and the newsletter is off",
  { tag: "@club-wide" },
  async ({ browser, page, confirmedMember }) => {
    const email = await confirmedMember({ firstName: "Vera", lastName: "Nished", newsletter: true });
    await subscribedMember(email);
    await mailerlite.act(email, "delete", { deliver: false });
    await page.reload();
    const box = page.getByRole("checkbox", { name: "Get weekly newsletter" });
    await expect(box).toBeChecked();

    const admin = await adminPage(browser);
    await reconcileNow(admin);
    await expect(admin.getByText(/^Last pass .*: Finished .*\b1 missing in MailerLite\b/)).toBeVisible();

    await page.reload();
    await expect(box).not.toBeChecked();
    await expect(
      page.getByText(/Your newsletter subscription was removed in our mailing service on \d+ \w+ \d{4}/),
    ).toBeVisible();
    expect(await testDb().user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      newsletter: false,
      newsletterStop: "deleted",
      mailerliteId: null,
    });
    // Nothing made the subscriber again behind the member's back.
    expect(await mailerlite.subscriber(email)).toBeUndefined();
    await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
    await expect(admin.getByRole("cell", { name: /No: deleted in MailerLite/ })).toBeVisible();
  },
);
