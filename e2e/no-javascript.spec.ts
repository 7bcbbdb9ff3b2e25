import { testDb } from "./support/db";
import { e2eNewAdminEmail } from "./support/e2e-env";
import { expect, fillSignup, test } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";

// What a person meets who taps a mailed link before the page's script runs (a slow phone, a mail app's
// browser): every page a link opens posts its one form as a plain HTML form.
test.use({ javaScriptEnabled: false });

test("without JavaScript, a sign-up is confirmed from its link and lands on the profile", async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail("nojs-confirm");
  await fillSignup(page, { email, firstName: "Plain", lastName: "Form", interests: ["Romance"] });
  await expect(page).toHaveURL(/\/check-email$/);
  const link = linkIn(await mailbox.waitFor(email));

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Romance" })).toBeChecked();
});

test("without JavaScript, a sign-in link signs the member in and lands on the profile", async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail("nojs-signin");
  await testDb().user.create({ data: { email, emailVerified: new Date(), firstName: "Plain" } });
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/check-email$/);
  const link = linkIn(await mailbox.waitFor(email));

  await page.goto(link);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
});

test("the pages a link opens keep the link from other sites, and their forms post with this site's origin", async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail("nojs-referrer");
  await testDb().user.create({ data: { email, emailVerified: new Date(), firstName: "Plain" } });
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = linkIn(await mailbox.waitFor(email));
  await page.goto(link);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");
});

test("an admin's first link asks for nothing but the click on Sign in, and lands on the admin pages", async ({
  page,
}) => {
  await testDb().user.deleteMany({ where: { email: e2eNewAdminEmail } });
  const mailsBefore = mailbox.to(e2eNewAdminEmail).length;
  try {
    await page.goto("/signin");
    await page.getByRole("textbox", { name: "Email" }).fill(e2eNewAdminEmail);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/check-email$/);
    const mail = await mailbox.waitFor(e2eNewAdminEmail, mailsBefore + 1);
    expect(mail.subject).toContain("first sign-in");

    await page.goto(linkIn(mail));
    await expect(page).toHaveURL(/\/signin\/verify\?/);
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/admin$/);
    const admin = await testDb().user.findUniqueOrThrow({ where: { email: e2eNewAdminEmail } });
    expect(admin.emailVerified).not.toBeNull();
    expect(admin.newsletter).toBe(false);
  } finally {
    await testDb().user.deleteMany({ where: { email: e2eNewAdminEmail } });
  }
});
