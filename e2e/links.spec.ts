import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { testDb } from "./support/db";
import { e2eDatabaseFile } from "./support/e2e-env";
import { confirmByLink, expect, fillSignup, signInWithLink, test } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";
import { mailerlite } from "./support/mailerlite";

/** What a mail gateway's link scanner does: GET (following redirects or not) and HEAD, without cookies. */
async function scan(request: APIRequestContext, link: string) {
  const answers = [
    await request.get(link, { maxRedirects: 0 }),
    await request.get(link),
    await request.head(link, { maxRedirects: 0 }),
    await request.get(link, { maxRedirects: 0 }),
  ];
  for (const answer of answers) {
    expect(answer.status()).toBeLessThan(400);
    expect(answer.headers()["set-cookie"] ?? "").not.toContain("session-token");
  }
}

test("a scanner that opens a confirmation link confirms nothing; the person confirms the choices they see", async ({
  page,
  request,
  uniqueEmail,
}) => {
  const email = uniqueEmail("scanned");
  await fillSignup(page, {
    email,
    firstName: "Stranger",
    lastName: "Chosen",
    newsletter: true,
    interests: ["True crime"],
  });
  const link = linkIn(await mailbox.waitFor(email));

  await scan(request, link);
  const untouched = await testDb().user.findUniqueOrThrow({ where: { email }, include: { sessions: true } });
  expect(untouched).toMatchObject({ emailVerified: null, consentedAt: null, sessions: [] });
  expect(await testDb().verificationToken.findFirst({ where: { identifier: email } })).toMatchObject({
    uses: 0,
  });

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "First name" })).toHaveValue("Stranger");
  await expect(page.getByRole("checkbox", { name: "Get weekly newsletter" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "True crime" })).toBeChecked();
  // The owner of the address consents to what they choose here.
  await page.getByRole("textbox", { name: "First name" }).fill("Owner");
  await page.getByRole("checkbox", { name: "True crime" }).uncheck();
  await page.getByRole("checkbox", { name: "Biographies" }).check();
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("textbox", { name: "First name" })).toHaveValue("Owner");
  await expect(page.getByRole("checkbox", { name: "Biographies" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "True crime" })).not.toBeChecked();

  const member = await testDb().user.findUniqueOrThrow({ where: { email } });
  expect(member.emailVerified).not.toBeNull();
  expect(member).toMatchObject({
    consentDetail: "Weekly newsletter: yes. Interests: Biographies.",
    consentIp: expect.stringMatching(/^(127\.0\.0\.1|::1)$/),
    consentUserAgent: expect.stringContaining("Chrome"),
  });
  await expect.poll(() => mailerlite.subscriber(email), { timeout: 15_000 }).toBeDefined();
  expect((await mailerlite.subscriber(email))!.groups).toEqual([await mailerlite.groupId("Biographies")]);
});

test("a scanner that opens a sign-in link signs nobody in; the person's click does", async ({
  page,
  request,
  confirmedMember,
}) => {
  const email = await confirmedMember({ firstName: "Signing", lastName: "In" });
  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = linkIn(await mailbox.waitFor(email));
  const sessionsBefore = await testDb().session.count({ where: { user: { email } } });

  await scan(request, link);
  expect(await testDb().session.count({ where: { user: { email } } })).toBe(sessionsBefore);

  await page.goto(link);
  await expect(page.getByText(`Sign in to your profile as ${email}`)).toBeVisible();
  await signInWithLink(page, link);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  expect(await testDb().session.count({ where: { user: { email } } })).toBe(sessionsBefore + 1);
});

test("signing up again before confirming replaces the choices; the owner confirms the latest", async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail("twice");
  await fillSignup(page, {
    email,
    firstName: "Mallory",
    lastName: "M",
    newsletter: true,
    interests: ["Romance"],
  });
  await mailbox.waitFor(email);
  await fillSignup(page, { email, firstName: "Alice", lastName: "A", interests: ["Biographies"] });
  await confirmByLink(page, linkIn(await mailbox.waitFor(email, 2)));
  await expect(page.getByRole("textbox", { name: "First name" })).toHaveValue("Alice");
  await expect(page.getByRole("checkbox", { name: "Get weekly newsletter" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Biographies" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Romance", exact: true })).not.toBeChecked();
});

test("no session endpoint answers, with or without a session", async ({ page, request, confirmedMember }) => {
  await confirmedMember({ firstName: "Curious", lastName: "C" });
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("session-token"))!;
  for (const path of ["/api/auth/session", "/api/auth/providers", "/api/auth/csrf"]) {
    const answer = await page.request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(await answer.text()).not.toContain(cookie.value);
  }
  expect((await request.get("/api/auth/session")).status()).toBe(404);
});

test("sign out everywhere ends the sessions on every device", async ({ browser, page, confirmedMember }) => {
  const email = await confirmedMember({ firstName: "Many", lastName: "Devices" });
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/signin");
  await otherPage.getByRole("textbox", { name: "Email" }).fill(email);
  await otherPage.getByRole("button", { name: "Email me a sign-in link" }).click();
  await signInWithLink(otherPage, linkIn(await mailbox.waitFor(email)));
  expect(await testDb().session.count({ where: { user: { email } } })).toBe(2);

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  expect(await testDb().session.count({ where: { user: { email } } })).toBe(0);
  await otherPage.goto("/profile");
  await expect(otherPage).toHaveURL(/\/signin$/);
  await other.close();
});

test("a copy of the database after a link was mailed holds no usable link", async ({ page, uniqueEmail }) => {
  const email = uniqueEmail("copied");
  await fillSignup(page, { email, firstName: "Copy", lastName: "Cat" });
  const link = new URL(linkIn(await mailbox.waitFor(email)));
  const token = link.searchParams.get("token")!;
  await expect
    .poll(async () => (await testDb().outboundMail.findFirst({ where: { to: email } }))?.sentAt)
    .not.toBeNull();
  for (const suffix of ["", "-wal"]) {
    const bytes = readFileSync(e2eDatabaseFile + suffix, { flag: "r" }).toString("latin1");
    expect(bytes.includes(token), `token in ${e2eDatabaseFile}${suffix}`).toBe(false);
    expect(bytes.includes(encodeURIComponent(token))).toBe(false);
  }
  // What the database does hold (the link's hash) is no link.
  const stored = await testDb().verificationToken.findFirstOrThrow({ where: { identifier: email } });
  await page.goto(`/confirm?email=${encodeURIComponent(email)}&token=${stored.token}`);
  await expect(page).toHaveURL(/\/signin\?error=Verification/);
});
