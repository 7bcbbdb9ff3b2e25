import { searchTextOf } from "../lib/members/search-text";
import { expectNoSeriousViolations } from "./support/accessibility";
import { testDb } from "./support/db";
import { appUrl, e2eAdminEmail } from "./support/e2e-env";
import { createSession, expect, fillSignup, test } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";
import { mailerlite } from "./support/mailerlite";

test("an archived interest does not trap its members: marked on the profile, untickable; or removed from everyone", async ({
  browser,
  page,
  confirmedMember,
}) => {
  const name = `Retiring ${Date.now().toString(36)}`;
  const interest = await testDb().interest.create({ data: { name, nameKey: name.toLowerCase() } });
  try {
    const email = await confirmedMember({
      firstName: "Tia",
      lastName: "Trap",
      newsletter: true,
      interests: [name, "Biographies"],
    });
    await expect
      .poll(async () => (await mailerlite.subscriber(email))?.groups.length, { timeout: 20_000 })
      .toBe(2);
    const groupId = await mailerlite.groupId(name);

    const admin = await (await browser.newContext({ baseURL: appUrl })).newPage();
    await createSession(admin, e2eAdminEmail);
    await admin.goto("/admin/interests");
    await admin.getByRole("button", { name: `Archive ${name}` }).click();
    await expect(admin.getByRole("button", { name: `Restore ${name}` })).toBeVisible();

    // The member still has it, marked, and can untick it (not tick it again); MailerLite follows.
    await page.goto("/profile");
    const retired = page.getByRole("checkbox", { name: `${name} (no longer offered)` });
    await expect(retired).toBeChecked();
    await retired.uncheck();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    // Once unticked it is gone from the profile: it cannot be chosen again.
    await page.reload();
    await expect(retired).toHaveCount(0);
    await expect
      .poll(async () => (await mailerlite.subscriber(email))?.groups.includes(groupId), { timeout: 20_000 })
      .toBe(false);

    // Another member keeps it until the admin removes it from everyone: the group empties.
    await page.context().clearCookies();
    const other = await confirmedMember({
      firstName: "Kai",
      lastName: "Keeps",
      newsletter: true,
      interests: ["Biographies"],
    });
    const otherId = (await testDb().user.findUniqueOrThrow({ where: { email: other } })).id;
    await testDb().memberInterest.create({ data: { userId: otherId, interestId: interest.id } });
    await testDb().memberSync.update({
      where: { memberId: otherId },
      data: { state: "pending", version: { increment: 1 } },
    });
    await expect
      .poll(async () => (await mailerlite.subscriber(other))?.groups.includes(groupId), { timeout: 20_000 })
      .toBe(true);
    await admin.reload();
    await admin.getByRole("button", { name: `Remove ${name} from its members` }).click();
    await expect(admin.getByText("Removed from 1 member.")).toBeVisible();
    await expect
      .poll(async () => (await mailerlite.subscriber(other))?.groups.includes(groupId), { timeout: 20_000 })
      .toBe(false);

    // Nobody has it now: it can be deleted.
    await admin.getByRole("button", { name: `Delete ${name}` }).click();
    await expect(admin.getByRole("button", { name: `Restore ${name}` })).toHaveCount(0);
    expect(await testDb().interest.count({ where: { id: interest.id } })).toBe(0);
  } finally {
    await testDb().interest.deleteMany({ where: { id: interest.id } });
  }
});

test("an interest name that differs only in case or spaces is refused", async ({ page, signInAsAdmin }) => {
  await signInAsAdmin();
  await page.goto("/admin/interests");
  await page.getByRole("textbox", { name: "New interest" }).fill("  romance ");
  await page.getByRole("button", { name: "Add interest" }).click();
  await expect(page.getByText("There is already an interest called “Romance”")).toBeVisible();
  expect(await testDb().interest.count({ where: { name: { in: ["romance", "  romance "] } } })).toBe(0);
});

test("the member table tells why a member is not in MailerLite, searches literally, and clamps the page", async ({
  page,
  signInAsAdmin,
  uniqueEmail,
}) => {
  const marker = `lit${Date.now().toString(36)}`;
  const unconfirmed = uniqueEmail(`${marker}_unconfirmed`);
  const percent = uniqueEmail(`${marker}-pct`);
  await testDb().user.create({ data: { email: unconfirmed, firstName: "Uma", searchText: "" } });
  await testDb().user.create({
    data: { email: percent, firstName: "100%", lastName: "ZOË", emailVerified: new Date(), searchText: "" },
  });
  // The housekeeping fills the search text of rows written without it; do it as the app does.
  for (const email of [unconfirmed, percent]) {
    const u = await testDb().user.findUniqueOrThrow({ where: { email } });
    await testDb().user.update({ where: { email }, data: { searchText: searchTextOf(u) } });
  }
  await signInAsAdmin();

  await page.goto(`/admin?q=${encodeURIComponent(unconfirmed)}`);
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: unconfirmed })
      .getByRole("cell", { name: "not in MailerLite (unconfirmed)" }),
  ).toBeVisible();

  // % and _ are matched as written, not as wildcards; "zoë" finds "ZOË".
  await page.goto(`/admin?q=${encodeURIComponent(`${marker} %`)}`);
  await expect(page.getByText("1 member matches the filter")).toBeVisible();
  await expect(page.getByRole("link", { name: percent })).toBeVisible();
  await page.goto(`/admin?q=${encodeURIComponent(`${marker}_`)}`);
  await expect(page.getByText("1 member matches the filter")).toBeVisible();
  await expect(page.getByRole("link", { name: unconfirmed })).toBeVisible();
  await page.goto(`/admin?q=${encodeURIComponent(`zoë ${marker}`)}`);
  await expect(page.getByRole("link", { name: percent })).toBeVisible();

  await page.goto(`/admin?q=${marker}&page=99`);
  await expect(page).toHaveURL(/page=1/);
  await expect(page.getByText("2 members match the filter")).toBeVisible();
});

test(
  "club settings change the name on the home page, in the header and in the mails",
  { tag: "@club-wide" },
  async ({ browser, page, signInAsAdmin, uniqueEmail }) => {
    await signInAsAdmin();
    try {
      await page.goto("/admin/settings");
      await page.getByRole("textbox", { name: "Club name" }).fill("");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByText("Enter the club's name")).toBeVisible();
      await page.getByRole("textbox", { name: "Club name" }).fill("Night Owls & Co");
      await page
        .getByRole("textbox", { name: "Description (shown on the home page)" })
        .fill("We read after dark.");
      await page
        .getByRole("textbox", { name: "Sender name (who the club's mails are from)" })
        .fill("Owl Post");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

      const visitor = await (await browser.newContext({ baseURL: appUrl })).newPage();
      await visitor.goto("/");
      await expect(visitor.getByRole("heading", { level: 1, name: "Night Owls & Co" })).toBeVisible();
      await expect(visitor.getByText("We read after dark.")).toBeVisible();
      await expect(visitor).toHaveTitle("Night Owls & Co");

      const email = uniqueEmail("owl");
      await visitor.goto("/signin");
      await visitor.getByRole("textbox", { name: "Email" }).fill(email);
      await visitor.getByRole("button", { name: "Email me a sign-in link" }).click();
      // The check-email page names the address and sends the link again on request.
      await expect(visitor.getByText(`Check your email at ${email}`)).toBeVisible();
      const mail = await mailbox.waitFor(email);
      expect(mail.subject).toBe("No account yet at Night Owls & Co");
      expect(mail.fromHeader).toContain("Owl Post");
      await visitor.getByRole("button", { name: "Send it again" }).click();
      await expect(
        visitor.getByRole("status").filter({ hasText: `We sent another link to ${email}.` }),
      ).toBeVisible();
      await mailbox.waitFor(email, 2);
    } finally {
      await testDb().clubSettings.deleteMany();
      // The server keeps the settings for a few seconds: the next tests start once it shows the default again.
      await expect
        .poll(async () => (await fetch(appUrl)).text(), { timeout: 15_000 })
        .toContain("<title>The Book Club</title>");
    }
  },
);

test("the home page knows a signed-in member", async ({ page, confirmedMember }) => {
  await confirmedMember({ firstName: "Hal", lastName: "Home" });
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Go to your profile" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign up" })).toHaveCount(0);
});

test("a very long name neither squeezes the member table at 1280 px nor widens the page on a phone", async ({
  page,
  signInAsAdmin,
  uniqueEmail,
}) => {
  const email = uniqueEmail("longname");
  const lastName = "Wolfeschlegelsteinhausenbergerdorff".repeat(3).slice(0, 96);
  await testDb().user.create({
    data: {
      email,
      firstName: "Hubert",
      lastName,
      emailVerified: new Date(),
      searchText: `${email} hubert ${lastName.toLowerCase()}`,
    },
  });
  await signInAsAdmin();
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`/admin?q=${encodeURIComponent(email)}`);
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row.getByTitle(`Hubert ${lastName}`)).toBeVisible();
    const emailBox = (await row.getByRole("link", { name: email }).boundingBox())!;
    expect(emailBox.width, `email column at ${viewport.width} px`).toBeGreaterThan(120);
    if (viewport.width === 1280) {
      const last = (await page.getByRole("columnheader", { name: "MailerLite sync" }).boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(1280);
    }
    // The page itself never scrolls sideways; the table does, inside its box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every page passes axe in ${colorScheme} mode`, async ({ page, uniqueEmail, signInAsAdmin }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    const visitorPages = [
      "/",
      "/signup",
      "/signin",
      "/check-email",
      "/no-such-page",
      "/email-change",
      "/email-change/undo",
      "/goodbye",
    ];
    for (const path of visitorPages) {
      await page.goto(path);
      await expectNoSeriousViolations(page, path);
    }
    const email = uniqueEmail();
    await fillSignup(page, {
      email,
      firstName: "Axe",
      lastName: `${colorScheme} mode`,
      interests: ["Romance"],
    });
    await expect(page.getByText("Check your email")).toBeVisible();
    await expectNoSeriousViolations(page, "/check-email after sign-up");
    const link = linkIn(await mailbox.waitFor(email));
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
    await expectNoSeriousViolations(page, "/confirm");
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(page).toHaveURL(/\/profile$/);
    const { id } = await testDb().user.findUniqueOrThrow({ where: { email } });
    for (const path of ["/profile", "/profile/delete"]) {
      await page.goto(path);
      await expectNoSeriousViolations(page, path);
    }
    await page.context().clearCookies();
    await signInAsAdmin();
    for (const path of [
      "/admin",
      "/admin/overview",
      "/admin/interests",
      "/admin/sync",
      "/admin/audit",
      "/admin/settings",
      "/admin/members/new",
      "/admin/members/import",
      `/admin/members/${id}`,
      `/admin/members/${id}/delete`,
    ]) {
      await page.goto(path);
      await expectNoSeriousViolations(page, path);
    }
    await page.goto("/admin/members/import");
    await page.getByLabel("CSV file").setInputFiles({
      name: `axe-${colorScheme}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(`email,first name,last name\nnot-an-address,A,B\n${uniqueEmail()},C,D\n`),
    });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByRole("heading", { name: `Import of axe-${colorScheme}.csv` })).toBeVisible();
    await expectNoSeriousViolations(page, "/admin/members/import/[id] (mapping)");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("button", { name: "Import", exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, "/admin/members/import/[id] (preview)");
  });
}

test(
  "/admin/sync shows a backlog draining without a reload, and Retry all failed",
  { tag: "@club-wide" },
  async ({ page, signInAsAdmin, uniqueEmail }) => {
    test.setTimeout(180_000);
    await signInAsAdmin();
    // A failed member, and a backlog: members the sync has not reached yet (held back until the page is open).
    const failedEmail = uniqueEmail("failed");
    const failed = await testDb().user.create({
      data: {
        email: failedEmail,
        firstName: "Fay",
        emailVerified: new Date(),
        newsletter: true,
        searchText: failedEmail,
      },
    });
    await testDb().memberSync.create({
      data: { memberId: failed.id, state: "failed", lastError: "MailerLite refused it" },
    });
    const later = new Date(Date.now() + 4_000);
    for (let i = 0; i < 12; i += 1) {
      const email = uniqueEmail(`backlog${i}`);
      const member = await testDb().user.create({
        data: { email, firstName: `Bea${i}`, emailVerified: new Date(), newsletter: true, searchText: email },
      });
      await testDb().memberSync.create({ data: { memberId: member.id, nextAttemptAt: later } });
    }
    await page.goto("/admin/sync");
    const progress = page.getByRole("region", { name: "Progress" });
    await expect(progress.getByText(/remaining$/)).toBeVisible();
    // The page follows the sync by itself: no reload from here on.
    await expect(progress.getByText(/^Nothing is waiting/)).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole("cell", { name: failedEmail, exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Retry all failed" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Trying 1 member again." })).toBeVisible();
    await expect(page.getByRole("cell", { name: failedEmail, exact: true })).toHaveCount(0, {
      timeout: 30_000,
    });
  },
);

test("after a failed submit focus is on the first invalid field; a confirmation takes focus, Escape gives it back", async ({
  page,
  signInAsAdmin,
  uniqueEmail,
}) => {
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "First name" }).fill("Fola");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("textbox", { name: "Email" })).toBeFocused();

  const email = uniqueEmail("focus");
  await testDb().user.create({ data: { email, firstName: "Fo", searchText: email } });
  await signInAsAdmin();
  await page.goto(`/admin?q=${encodeURIComponent(email)}`);
  const trigger = page.getByRole("button", { name: `Delete ${email}` });
  await trigger.click();
  await expect(page.getByRole("button", { name: "Yes, delete" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Yes, delete" })).toHaveCount(0);
  await expect(trigger).toBeFocused();
  // The keyboard opens it too.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Yes, delete" })).toBeFocused();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(trigger).toBeFocused();
});

test("without JavaScript: interests save with a button, and deletes ask on a page of their own", async ({
  browser,
  uniqueEmail,
}) => {
  const context = await browser.newContext({ baseURL: appUrl, javaScriptEnabled: false });
  const page = await context.newPage();
  const email = uniqueEmail("nojs");
  await createSession(page, email);
  await testDb().user.update({ where: { email }, data: { searchText: searchTextOf({ email }) } });
  await page.goto("/profile");
  await page.getByRole("checkbox", { name: "Romance", exact: true }).check();
  await page.getByRole("checkbox", { name: "Get weekly newsletter" }).check();
  await page.getByRole("button", { name: "Save my choices" }).click();
  await expect(page.getByText("Your choices are saved.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Romance", exact: true })).toBeChecked();
  const member = await testDb().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, newsletter: true, interests: { select: { interestId: true } } },
  });
  expect(member.newsletter).toBe(true);
  expect(member.interests).toEqual([{ interestId: "seed_romance" }]);

  // An admin deletes a member without JavaScript.
  const admin = await (await browser.newContext({ baseURL: appUrl, javaScriptEnabled: false })).newPage();
  await createSession(admin, e2eAdminEmail);
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  await admin.getByRole("button", { name: `Delete ${email}` }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/members/${member.id}/delete$`));
  await admin.getByRole("button", { name: "Yes, delete" }).click();
  await expect(admin).toHaveURL(/\/admin$/);
  expect(await testDb().user.count({ where: { email } })).toBe(0);

  // A member deletes their own account without JavaScript.
  const own = uniqueEmail("nojs-own");
  await createSession(page, own);
  await page.goto("/profile");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/profile\/delete$/);
  await page.getByRole("button", { name: "Yes, delete my account" }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  expect(await testDb().user.count({ where: { email: own } })).toBe(0);
});
