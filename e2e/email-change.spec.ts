import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { testDb } from "./support/db";
import { appUrl } from "./support/e2e-env";
import { createSession, expect, signInWithLink, test, type NewMember } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";
import { mailerlite } from "./support/mailerlite";

/** "Change e-mail" on /profile; the answer is the same whoever has the new address. */
async function askToChange(page: Page, newEmail: string) {
  await page.goto("/profile");
  await page.getByRole("textbox", { name: "New email address" }).fill(newEmail);
  await page.getByRole("button", { name: "Change e-mail" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toContainText(
    `Check your inbox at ${newEmail}`,
  );
}

/** Opens the link mailed to the new address and clicks "Confirm new address". */
async function confirmChange(page: Page, newEmail: string) {
  const mail = await mailbox.waitFor(newEmail);
  expect(mail.subject).toMatch(/^Confirm your new email address/);
  await page.goto(linkIn(mail));
  await expect(page.getByRole("heading", { name: "Confirm your new email address" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm new address" }).click();
}

/** A member who confirms on the browser they are signed in on goes back to their profile, which says so. */
async function expectChangedOnProfile(page: Page, newEmail: string) {
  await expect(page).toHaveURL(/\/profile(\?.*)?$/);
  await expect(page.getByRole("status").filter({ hasText: "Your email address has changed" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${newEmail}`)).toBeVisible();
}

const subscribersOf = async (...emails: string[]) =>
  (await mailerlite.state()).subscribers.filter((s) => emails.includes(s.email));

/** A confirmed member with the newsletter, once MailerLite has the subscriber: its address and what it holds. */
async function signUpSubscribed(
  confirmedMember: (member: Omit<NewMember, "email">) => Promise<string>,
  member: Omit<NewMember, "email" | "newsletter">,
) {
  const email = await confirmedMember({ ...member, newsletter: true });
  await expect
    .poll(async () => (await mailerlite.subscriber(email))?.status, { timeout: 15_000 })
    .toBe("active");
  return { email, subscriber: (await mailerlite.subscriber(email))! };
}

/** Waits until, of `emails`, MailerLite has a subscriber for `only` alone, and answers it. */
async function expectOnlySubscriber(emails: string[], only: string) {
  await expect
    .poll(async () => (await subscribersOf(...emails)).map((s) => s.email), { timeout: 20_000 })
    .toEqual([only]);
  return (await mailerlite.subscriber(only))!;
}

test("a member changes their address: both mails, nothing before the link, then sign-in and MailerLite follow", async ({
  browser,
  page,
  confirmedMember,
  uniqueEmail,
}) => {
  const { email: oldEmail, subscriber: before } = await signUpSubscribed(confirmedMember, {
    firstName: "Eve",
    lastName: "Mover",
    interests: ["Romance"],
  });
  const newEmail = uniqueEmail("moved");

  await askToChange(page, newEmail);
  const notice = await mailbox.waitFor(oldEmail);
  expect(notice.subject).toMatch(/is being changed$/);
  expect(notice.text).toContain("Nothing changes unless the link we sent to that address is opened.");
  // Before the link is opened nothing has changed.
  await page.reload();
  await expect(page.getByText(`Signed in as ${oldEmail}`)).toBeVisible();
  await expect(page.getByText(`Waiting for you to open the link sent to ${newEmail}`)).toBeVisible();
  expect(await testDb().user.count({ where: { email: newEmail } })).toBe(0);
  expect((await subscribersOf(oldEmail, newEmail)).map((s) => s.email)).toEqual([oldEmail]);

  await confirmChange(page, newEmail);
  await expectChangedOnProfile(page, newEmail);

  // MailerLite: one subscriber, with the new address, the same fields and groups, the old one gone.
  const after = await expectOnlySubscriber([oldEmail, newEmail], newEmail);
  expect(after).toMatchObject({ status: "active", fields: { name: "Eve", last_name: "Mover" } });
  expect(after.groups).toEqual(before.groups);

  // Signing in with the new address works; the old address has no account any more.
  const other = await (await browser.newContext({ baseURL: appUrl })).newPage();
  await other.goto("/signin");
  await other.getByRole("textbox", { name: "Email" }).fill(oldEmail);
  await other.getByRole("button", { name: "Email me a sign-in link" }).click();
  expect((await mailbox.waitFor(oldEmail, 2)).subject).toContain("No account yet");
  await other.goto("/signin");
  await other.getByRole("textbox", { name: "Email" }).fill(newEmail);
  await other.getByRole("button", { name: "Email me a sign-in link" }).click();
  await other.goto(linkIn(await mailbox.waitFor(newEmail, 2)));
  await other.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(other.getByText(`Signed in as ${newEmail}`)).toBeVisible();
});

test("a change to an address another member has is refused at confirmation and changes nothing", async ({
  page,
  confirmedMember,
}) => {
  const taken = await confirmedMember({ firstName: "Tara", lastName: "Taken" });
  await page.context().clearCookies();
  const mine = await confirmedMember({ firstName: "Mo", lastName: "Mine" });
  await askToChange(page, taken);
  // The address's owner gets the link.
  await confirmChange(page, taken);
  await expect(page.getByRole("heading", { name: "Your address was not changed" })).toBeVisible();
  await expect(page.getByText("That address belongs to another account")).toBeVisible();
  expect(await testDb().user.findUnique({ where: { email: mine }, select: { firstName: true } })).toEqual({
    firstName: "Mo",
  });
  expect(await testDb().user.findUnique({ where: { email: taken }, select: { firstName: true } })).toEqual({
    firstName: "Tara",
  });
});

test("an expired link, or one used too often, is refused with a clear page", async ({
  page,
  confirmedMember,
  uniqueEmail,
}) => {
  await confirmedMember({ firstName: "Lin", lastName: "Link" });
  const newEmail = uniqueEmail("late");
  await askToChange(page, newEmail);
  const link = linkIn(await mailbox.waitFor(newEmail));
  // This change's link only: other tests' links stay as they are.
  const token = { identifier: { startsWith: "email-change:", endsWith: `:${newEmail}` } };

  await testDb().verificationToken.updateMany({ where: token, data: { uses: 7, firstUsedAt: new Date() } });
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();

  await testDb().verificationToken.updateMany({
    where: token,
    data: { uses: 0, firstUsedAt: null, expires: new Date(Date.now() - 1000) },
  });
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(
    page.getByText("It has expired (links work for 24 hours) or has been used too often."),
  ).toBeVisible();
  expect(await testDb().user.count({ where: { email: newEmail } })).toBe(0);
});

test("an unsubscribed member stays unsubscribed after the change", async ({
  page,
  confirmedMember,
  uniqueEmail,
}) => {
  const { email: oldEmail } = await signUpSubscribed(confirmedMember, {
    firstName: "Una",
    lastName: "Sub",
    interests: ["Biographies"],
  });
  const webhookUrl = `${appUrl}/api/webhooks/mailerlite`;
  await expect
    .poll(async () => (await mailerlite.webhooks()).some((w) => w.url === webhookUrl), { timeout: 30_000 })
    .toBe(true);
  await mailerlite.act(oldEmail, "unsubscribe");
  await expect
    .poll(async () => (await testDb().user.findUnique({ where: { email: oldEmail } }))?.newsletterStop, {
      timeout: 20_000,
    })
    .toBe("unsubscribed");
  const newEmail = uniqueEmail("unsub-moved");
  await askToChange(page, newEmail);
  await confirmChange(page, newEmail);
  await expectChangedOnProfile(page, newEmail);
  await expect
    .poll(async () => (await subscribersOf(oldEmail, newEmail)).map((s) => `${s.email} ${s.status}`), {
      timeout: 20_000,
    })
    .toEqual([`${newEmail} unsubscribed`]);
  expect((await mailerlite.subscriber(newEmail))!.groups).toEqual([await mailerlite.groupId("Biographies")]);
  expect((await testDb().user.findUniqueOrThrow({ where: { email: newEmail } })).newsletterStop).toBe(
    "unsubscribed",
  );
});

test("a change asked for from a sign-in more than an hour old needs a fresh sign-in, mailed to the current address", async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail("stale");
  await createSession(page, email, { signedInAt: new Date(Date.now() - 61 * 60 * 1000) });
  const newEmail = uniqueEmail("stale-new");
  await page.goto("/profile");
  await page.getByRole("textbox", { name: "New email address" }).fill(newEmail);
  await page.getByRole("button", { name: "Change e-mail" }).click();
  await expect(page.getByRole("status").filter({ hasText: "sign-in link" })).toContainText(
    `To change your address, sign in again first: we sent a sign-in link to ${email}.`,
  );
  const mail = await mailbox.waitFor(email);
  expect(mail.subject).toMatch(/^Sign in again to change your email address/);
  // Nothing for the new address: no mail, nothing stored.
  expect(await testDb().outboundMail.count({ where: { to: newEmail } })).toBe(0);
  expect(mailbox.to(newEmail)).toHaveLength(0);
  expect(await testDb().user.findUniqueOrThrow({ where: { email } })).toMatchObject({ pendingEmail: null });

  // Signed in again by that link, the member can change the address.
  await signInWithLink(page, linkIn(mail));
  await askToChange(page, newEmail);
  expect((await mailbox.waitFor(newEmail)).subject).toMatch(/^Confirm your new email address/);
});

test("“This wasn't me: keep my old address” gives the address back, signs everyone out, and MailerLite follows", async ({
  browser,
  page,
  confirmedMember,
  uniqueEmail,
}) => {
  const { email: oldEmail, subscriber: before } = await signUpSubscribed(confirmedMember, {
    firstName: "Kim",
    lastName: "Keeper",
    interests: ["True crime"],
  });
  const newEmail = uniqueEmail("taken-over");
  await askToChange(page, newEmail);
  await confirmChange(page, newEmail);
  await expectOnlySubscriber([oldEmail, newEmail], newEmail);

  // The notice in the old mailbox carries one link; opening it (as a mail scanner would) changes nothing.
  const notice = await mailbox.waitFor(oldEmail);
  expect(notice.text).toContain("If this wasn't you, keep your old address with this link");
  expect(notice.text).not.toContain("change it back");
  const owner = await (await browser.newContext({ baseURL: appUrl, javaScriptEnabled: false })).newPage();
  await owner.goto(linkIn(notice));
  await expect(owner.getByRole("heading", { name: "Keep your old email address" })).toBeVisible();
  expect(await testDb().user.count({ where: { email: newEmail } })).toBe(1);

  // The click (a plain form: this browser runs no JavaScript) restores the address and ends every session.
  await owner.getByRole("button", { name: "Keep my old address" }).click();
  await expect(owner.getByRole("heading", { name: "Your old address is back" })).toBeVisible();
  const member = await testDb().user.findUniqueOrThrow({ where: { email: oldEmail } });
  expect(member.pendingEmail).toBeNull();
  expect(await testDb().session.count({ where: { userId: member.id } })).toBe(0);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin$/);

  // MailerLite has the subscriber under the old address again, with the same fields and groups.
  const after = await expectOnlySubscriber([oldEmail, newEmail], oldEmail);
  expect(after).toMatchObject({ status: "active", fields: { name: "Kim", last_name: "Keeper" } });
  expect(after.groups).toEqual(before.groups);
  await owner.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the e-mail change link page confirms the change and the member lands on /profile", async ({
    page,
    uniqueEmail,
  }) => {
    const email = uniqueEmail("nojs-mover");
    await createSession(page, email);
    const newEmail = uniqueEmail("nojs-moved");
    await askToChange(page, newEmail);
    await confirmChange(page, newEmail);
    await expectChangedOnProfile(page, newEmail);
  });
});

test("Download my data: the member's own data and nobody else's", async ({
  page,
  confirmedMember,
  signUpAndConfirm,
}) => {
  const stranger = await confirmedMember({
    firstName: "Stranger",
    lastName: "Danger",
    interests: ["True crime"],
  });
  await page.context().clearCookies();
  // Signed up by hand: the data holds the sign-in the confirmation link made.
  const email = await signUpAndConfirm({
    firstName: "Dana",
    lastName: "Data",
    newsletter: true,
    interests: ["Romance"],
  });
  await page.goto("/profile");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await (await download).path();
  const text = readFileSync(file, "utf8");
  const data = JSON.parse(text) as {
    profile: { email: string; firstName: string; newsletter: boolean };
    interests: { name: string }[];
    consent: { detail: string | null };
    signIns: string[];
    history: { action: string }[];
    mailerlite: { status: string | null };
  };
  expect(data.profile).toMatchObject({ email, firstName: "Dana", newsletter: true });
  expect(data.interests.map((i) => i.name)).toEqual(["Romance"]);
  expect(data.consent.detail).toContain("Romance");
  expect(data.signIns.length).toBeGreaterThan(0);
  expect(data.history.map((h) => h.action)).toContain("member.confirmed");
  expect(text).not.toContain(stranger);
  expect(text).not.toContain("Stranger");
  expect((await page.request.get("/profile/data", { maxRedirects: 0 })).status()).toBe(200);
  await page.context().clearCookies();
  expect((await page.request.get("/profile/data", { maxRedirects: 0 })).status()).toBe(303);
});
