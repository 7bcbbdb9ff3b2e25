import { expectNoSeriousViolations } from "./support/accessibility";
import { createSession, expect, test } from "./support/fixtures";
import { appUrl, e2eAdminEmail } from "./support/e2e-env";
import { linkIn, mailbox } from "./support/mailbox";
import { mailerlite } from "./support/mailerlite";

test("an admin inspects a member: their choices, what MailerLite holds, their history; and sends a sign-in link", async ({
  browser,
  page,
  confirmedMember,
}) => {
  const email = await confirmedMember({
    firstName: "Ida",
    lastName: "Detail",
    newsletter: true,
    interests: ["Romance"],
  });
  await expect
    .poll(async () => (await mailerlite.subscriber(email))?.status, { timeout: 15_000 })
    .toBe("active");
  const subscriber = (await mailerlite.subscriber(email))!;

  const admin = await (await browser.newContext({ baseURL: appUrl })).newPage();
  await createSession(admin, e2eAdminEmail);
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email }).click();
  await expect(admin).toHaveURL(/\/admin\/members\/[^/]+$/);
  await expect(admin.getByRole("heading", { name: "Ida Detail" })).toBeVisible();

  const fact = (term: string) =>
    admin.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(fact("Newsletter")).toHaveText("Yes");
  await expect(fact("Interests")).toHaveText("Romance");
  await expect(fact("Subscriber id")).toHaveText(subscriber.id);
  await expect(fact("Status")).toHaveText("active");
  await expect(fact("Groups")).toHaveText("Romance");
  await expect(fact("Sync")).toHaveText("synced");
  await expect(admin.getByRole("cell", { name: "member.confirmed" }).first()).toBeVisible();

  await admin.getByRole("button", { name: "Send a sign-in link" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "A sign-in link is on its way." })).toBeVisible();
  const mail = await mailbox.waitFor(email);
  expect(mail.subject).toMatch(/sign-in link/i);
  await admin.reload();
  await expect(admin.getByRole("cell", { name: "admin.sent_sign_in_link" })).toBeVisible();
  await expectNoSeriousViolations(admin);

  // The link works for the member, like one they asked for.
  await page.context().clearCookies();
  await page.goto(linkIn(mail));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/profile$/);
});

test("an unknown member id is not found", async ({ page }) => {
  await createSession(page, e2eAdminEmail);
  expect((await page.goto("/admin/members/not-a-member"))?.status()).toBe(404);
});
