import { testDb } from "./support/db";
import { confirmByLink, expect, fillSignup, test } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";
import { mailerlite } from "./support/mailerlite";

test("sign up, confirm the address by the e-mailed link, land on the profile", async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail();
  await fillSignup(page, {
    email: `  ${email.toUpperCase()} `,
    firstName: "Zoë",
    lastName: "O'Brien-Ŝmith",
    newsletter: true,
    interests: ["Romance", "Biographies"],
  });
  // The page names the address as stored (trimmed, lower-cased), and can send the link again.
  await expect(page.getByText(`Check your email at ${email}`)).toBeVisible();
  await page.getByRole("button", { name: "Send it again" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `We sent another link to ${email}.` }),
  ).toBeVisible();

  const mail = await mailbox.waitFor(email, 2);
  expect(mail.subject).toContain("Confirm");
  await confirmByLink(page, linkIn(mail));

  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "First name" })).toHaveValue("Zoë");
  await expect(page.getByRole("textbox", { name: "Last name" })).toHaveValue("O'Brien-Ŝmith");
  await expect(page.getByRole("checkbox", { name: "Get weekly newsletter" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Romance", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Biographies" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "True crime" })).not.toBeChecked();

  const stored = await testDb().user.findUnique({ where: { email } });
  expect(stored?.emailVerified).not.toBeNull();

  // The confirmed member who wants the newsletter is now a MailerLite subscriber in their interests' groups.
  await expect.poll(() => mailerlite.subscriber(email), { timeout: 15_000 }).toBeDefined();
  const subscriber = (await mailerlite.subscriber(email))!;
  expect(subscriber).toMatchObject({ status: "active", fields: { name: "Zoë", last_name: "O'Brien-Ŝmith" } });
  expect(subscriber.groups.sort()).toEqual(
    [await mailerlite.groupId("Biographies"), await mailerlite.groupId("Romance")].sort(),
  );
  await expect
    .poll(async () => (await testDb().user.findUnique({ where: { email } }))?.mailerliteId)
    .toBe(subscriber.id);
});

test("interest and newsletter changes are saved at once and survive a reload", async ({
  page,
  confirmedMember,
}) => {
  const email = await confirmedMember({
    firstName: "Toggle",
    lastName: "Tester",
    newsletter: true,
    interests: ["True crime"],
  });
  await expect.poll(() => mailerlite.subscriber(email), { timeout: 15_000 }).toBeDefined();
  const subscriberId = (await mailerlite.subscriber(email))!.id;
  // From here on the sync knows the subscriber's id (a create whose answer was lost is read back by address).
  const known = Math.max(0, ...(await mailerlite.requests()).map((r) => r.seq));

  await page.getByRole("checkbox", { name: "Romance", exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.getByRole("checkbox", { name: "True crime" }).uncheck();
  await page.getByRole("checkbox", { name: "Get weekly newsletter" }).uncheck();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await testDb().user.findFirst({ where: { firstName: "Toggle" }, orderBy: { createdAt: "desc" } }))
          ?.newsletter,
    )
    .toBe(false);

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Romance", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "True crime" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Get weekly newsletter" })).not.toBeChecked();

  // MailerLite learns it by subscriber id, never by e-mail: the newsletter off removes the subscriber.
  await mailerlite.waitForRequest("DELETE", `/api/subscribers/${subscriberId}`);
  expect(await mailerlite.subscriber(email)).toBeUndefined();
  const calls = (await mailerlite.requests()).filter(
    (r) => r.seq > known && (r.path.includes(email) || r.path.includes(encodeURIComponent(email))),
  );
  expect(calls).toEqual([]);

  await page.getByRole("checkbox", { name: "Get weekly newsletter" }).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expect.poll(() => mailerlite.subscriber(email), { timeout: 15_000 }).toBeDefined();
  const again = (await mailerlite.subscriber(email))!;
  expect(again.id).not.toBe(subscriberId);
  expect(again.groups).toEqual([await mailerlite.groupId("Romance")]);

  await page.getByRole("checkbox", { name: "Biographies" }).check();
  await mailerlite.waitForRequest(
    "POST",
    `/api/subscribers/${again.id}/groups/${await mailerlite.groupId("Biographies")}`,
  );
  await page.getByRole("checkbox", { name: "Romance", exact: true }).uncheck();
  await mailerlite.waitForRequest(
    "DELETE",
    `/api/subscribers/${again.id}/groups/${await mailerlite.groupId("Romance")}`,
  );
});

test("a change that cannot be saved is rolled back with a visible error", async ({
  page,
  confirmedMember,
}) => {
  await confirmedMember({ firstName: "Failing", lastName: "Fred" });
  await page.route("**/profile", (route) =>
    route.request().method() === "POST"
      ? route.fulfill({ status: 502, body: "Bad gateway" })
      : route.fallback(),
  );
  await page.getByRole("checkbox", { name: "Biographies" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not saved" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Biographies" })).not.toBeChecked();
  await page.unroute("**/profile");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Biographies" })).not.toBeChecked();
});

test("ticking an interest archived meanwhile is refused and rolled back", async ({
  page,
  confirmedMember,
}) => {
  await confirmedMember({ firstName: "Late", lastName: "Larry" });
  const interest = await testDb().interest.create({ data: { name: `Archived soon ${Date.now()}` } });
  try {
    await page.reload();
    await testDb().interest.update({ where: { id: interest.id }, data: { archivedAt: new Date() } });
    await page.getByRole("checkbox", { name: interest.name }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Choose from the interests shown" }),
    ).toBeVisible();
    await expect(page.getByRole("checkbox", { name: interest.name })).not.toBeChecked();
    expect(await testDb().memberInterest.count({ where: { interestId: interest.id } })).toBe(0);
  } finally {
    await testDb().interest.delete({ where: { id: interest.id } });
  }
});

test("the name can be changed and is shown escaped", async ({ page, confirmedMember }) => {
  await confirmedMember({ firstName: "Plain", lastName: "Name" });
  const tricky = `<img src=x onerror="document.title='pwned'">`;
  await page.getByRole("textbox", { name: "First name" }).fill(tricky);
  await page.getByRole("textbox", { name: "Last name" }).fill("Ñandú 山田");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name has been updated.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "First name" })).toHaveValue(tricky);
  await expect(page.getByRole("textbox", { name: "Last name" })).toHaveValue("Ñandú 山田");
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  expect(await page.title()).not.toBe("pwned");
});

test("sign out, then sign in again by link", async ({ page, confirmedMember, signInByLink }) => {
  const email = await confirmedMember({ firstName: "Return", lastName: "Reader" });
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin$/);

  await signInByLink(email);
  const mails = mailbox.to(email);
  expect(mails.at(-1)?.subject).toContain("sign-in link");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
});

test("a member deletes their own account", async ({ page, confirmedMember }) => {
  const email = await confirmedMember({
    firstName: "Leaving",
    lastName: "Soon",
    newsletter: true,
    interests: ["Romance"],
  });
  await expect.poll(() => mailerlite.subscriber(email), { timeout: 15_000 }).toBeDefined();
  const subscriberId = (await mailerlite.subscriber(email))!.id;
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByRole("button", { name: "Yes, delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();

  expect(await testDb().user.findUnique({ where: { email } })).toBeNull();
  expect(await testDb().session.count({ where: { user: { email } } })).toBe(0);
  expect(await testDb().verificationToken.count({ where: { identifier: email } })).toBe(0);
  const audit = await testDb().auditEntry.findFirst({
    where: { action: "member.deleted_own_account" },
    orderBy: { createdAt: "desc" },
  });
  expect(audit?.detail).toMatch(/^email-hash:[0-9a-f]{32}$/);
  expect(JSON.stringify(await testDb().auditEntry.findMany())).not.toContain(email);

  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin$/);
  // Deleting an account erases the subscriber (GDPR), not merely deletes it.
  await mailerlite.waitForRequest("POST", `/api/subscribers/${subscriberId}/forget`);
  expect(await mailerlite.subscriber(email)).toBeUndefined();
});
