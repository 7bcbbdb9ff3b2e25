import { expectNoSeriousViolations } from "./support/accessibility";
import { testDb } from "./support/db";
import { appUrl } from "./support/e2e-env";
import { expect, fillSignup, test } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";

/** Mails are delivered in order: once a later mail has arrived, an earlier one that did not never will. */
async function barrier(page: import("@playwright/test").Page, email: string) {
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await mailbox.waitFor(email);
}

test("bad input is shown next to its field; nothing is stored and nothing is sent", async ({
  page,
  uniqueEmail,
}) => {
  const longName = "x".repeat(101);
  const tooLongEmail = `${"a".repeat(250)}@e2e.test`;
  await fillSignup(page, { email: "not-an-email", firstName: "", lastName: longName });
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Enter your first name")).toBeVisible();
  await expect(page.getByText("Last name must be at most 100 characters")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue("not-an-email");

  await fillSignup(page, { email: tooLongEmail, firstName: "Long", lastName: "Mail" });
  await expect(page.getByText("Email must be at most 254 characters")).toBeVisible();

  const email = uniqueEmail();
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "First name" }).fill("Forged");
  await page
    .locator('input[name="interests"]')
    .first()
    .evaluate((input: HTMLInputElement) => {
      input.value = "no-such-interest";
      input.checked = true;
    });
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Choose from the interests shown")).toBeVisible();

  expect(await testDb().user.count({ where: { email: { in: ["not-an-email", tooLongEmail, email] } } })).toBe(
    0,
  );
  const sentinel = uniqueEmail("sentinel");
  await barrier(page, sentinel);
  expect(mailbox.to(email)).toHaveLength(0);
  expect(mailbox.to(tooLongEmail)).toHaveLength(0);
});

test("a filled honeypot gets the normal success page, but nothing is stored or sent", async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail("bot");
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "First name" }).fill("Bot");
  await page.locator('input[name="website"]').fill("https://spam.example");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();

  expect(await testDb().user.count({ where: { email } })).toBe(0);
  await barrier(page, uniqueEmail("sentinel"));
  expect(mailbox.to(email)).toHaveLength(0);
});

test("signing up again with a registered address sends a sign-in link and reveals nothing", async ({
  page,
  confirmedMember,
}) => {
  const email = await confirmedMember({ firstName: "Twice", lastName: "Tina" });
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await fillSignup(page, { email, firstName: "Someone", lastName: "Else" });
  await expect(page.getByText("Check your email")).toBeVisible();
  const mail = await mailbox.waitFor(email);
  expect(mail.subject).toContain("sign-in link");
  expect((await testDb().user.findUniqueOrThrow({ where: { email } })).firstName).toBe("Twice");
});

test("Auth.js's own sign-in endpoint cannot be used to send links around the limits", async ({
  page,
  request,
  uniqueEmail,
}) => {
  const email = uniqueEmail("flood");
  await testDb().user.create({ data: { email, firstName: "Flooded", emailVerified: new Date() } });
  // No Auth.js endpoint is served at all: not even its CSRF token can be had.
  expect((await request.get("/api/auth/csrf")).status()).toBe(404);
  const response = await request.post("/api/auth/signin/email", {
    form: { email, csrfToken: "any" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
  await barrier(page, uniqueEmail("sentinel"));
  expect(mailbox.to(email)).toHaveLength(0);
});

test("signing in with an unknown address mails a note to sign up instead", async ({ page, uniqueEmail }) => {
  const email = uniqueEmail("stranger");
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();
  const mail = await mailbox.waitFor(email);
  expect(mail.subject).toContain("No account yet");
  expect(mail.text).toContain(`${appUrl}/signup`);
  expect(await testDb().user.count({ where: { email } })).toBe(0);
});

test("the sixth mail to one address within an hour is refused", async ({ page, uniqueEmail }) => {
  const email = uniqueEmail("limited");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.goto("/signin");
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Check your email")).toBeVisible();
  }
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(/Too many attempts — try again in \d+ minutes?/)).toBeVisible();

  await mailbox.waitFor(email, 5);
  await barrier(page, uniqueEmail("sentinel"));
  expect(mailbox.to(email)).toHaveLength(5);
});

test("an expired or exhausted link is refused with a way to get a new one", async ({ page, uniqueEmail }) => {
  const email = uniqueEmail();
  await fillSignup(page, { email, firstName: "Expired", lastName: "Eve" });
  const link = linkIn(await mailbox.waitFor(email));
  await testDb().verificationToken.updateMany({
    where: { identifier: email },
    data: { expires: new Date(Date.now() - 1000) },
  });
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin\?error=Verification/);
  await expect(page.getByText("That link has expired or has already been used")).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeNull();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the signup form works and shows field errors", async ({ page, uniqueEmail }) => {
    await fillSignup(page, { email: "nope", firstName: "NoJS", lastName: "Nadia" });
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "First name" })).toHaveValue("NoJS");

    const email = uniqueEmail("nojs");
    await fillSignup(page, {
      email,
      firstName: "NoJS",
      lastName: "Nadia",
      newsletter: true,
      interests: ["True crime"],
    });
    await expect(page.getByText(`Check your email at ${email}`)).toBeVisible();
    const member = await testDb().user.findUniqueOrThrow({
      where: { email },
      include: { interests: { include: { interest: true } } },
    });
    expect(member.newsletter).toBe(true);
    expect(member.interests.map((i) => i.interest.name)).toEqual(["True crime"]);
    expect((await mailbox.waitFor(email)).subject).toContain("Confirm");
  });
});

for (const path of ["/signup", "/signin"]) {
  test(`${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}

test("/profile has no serious accessibility violations", async ({ page, confirmedMember }) => {
  await confirmedMember({ firstName: "Axe", lastName: "Alice" });
  await expectNoSeriousViolations(page);
});

test("every page carries the security headers", async ({ request }) => {
  for (const path of ["/", "/signup", "/signin", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    if (path !== "/api/health") {
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    }
  }
  // The 404 that proxy.ts answers itself carries them too.
  const hidden = await request.post("/admin", { data: "" });
  expect(hidden.status()).toBe(404);
  expect(hidden.headers()["x-content-type-options"]).toBe("nosniff");
  expect(hidden.headers()["x-frame-options"]).toBe("DENY");
});
