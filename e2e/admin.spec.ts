import { expectNoSeriousViolations } from "./support/accessibility";
import { testDb } from "./support/db";
import { appUrl } from "./support/e2e-env";
import { confirmByLink, createSession, expect, fillSignup, test } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";
import { mailerlite } from "./support/mailerlite";
import { serverActionsIn } from "./support/server-actions";

test("an admin finds a member by search and deletes them", async ({ page, uniqueEmail, signInAsAdmin }) => {
  const email = uniqueEmail("findme");
  await fillSignup(page, {
    email,
    firstName: "Findable",
    lastName: "Fiona",
    newsletter: true,
    interests: ["True crime"],
  });
  await confirmByLink(page, linkIn(await mailbox.waitFor(email)));
  await expect.poll(() => mailerlite.subscriber(email), { timeout: 15_000 }).toBeDefined();
  const subscriberId = (await mailerlite.subscriber(email))!.id;
  await page.context().clearCookies();
  await signInAsAdmin();

  await page.goto("/admin");
  await page.getByRole("searchbox", { name: "Search by email or name" }).fill("Findable Fiona");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\?q=Findable\+Fiona/);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("True crime");
  await expect(row.getByRole("cell", { name: "synced" })).toBeVisible();

  await row.getByRole("button", { name: `Delete ${email}` }).click();
  await row.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  expect(await testDb().user.findUnique({ where: { email } })).toBeNull();
  // Deleting an account erases the subscriber (GDPR), not merely deletes it.
  await mailerlite.waitForRequest("POST", `/api/subscribers/${subscriberId}/forget`);

  // The person stays gone: an admin cannot add them back (only they can, by signing up again).
  await page.goto("/admin/members/new");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "First name" }).fill("Findable");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(
    /^An admin deleted this person's account on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC; they can sign up again themselves$/,
  );
  expect(await testDb().user.findUnique({ where: { email } })).toBeNull();

  await page.goto("/admin/sync");
  await expect(page.getByRole("heading", { name: "MailerLite sync" })).toBeVisible();
  await expect(page.getByText("Last success")).toBeVisible();

  await page.goto("/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: "admin.deleted_member" }).first()).toBeVisible();
});

test("an admin adds, renames and archives an interest; archived ones are no longer offered", async ({
  page,
  signInAsAdmin,
}) => {
  await signInAsAdmin();
  const name = `Sci-fi ${Date.now()}`;
  await page.goto("/admin/interests");
  await page.getByRole("textbox", { name: "New interest" }).fill(name);
  await page.getByRole("button", { name: "Add interest" }).click();
  await expect(page.getByRole("textbox", { name: `Name of ${name}` })).toBeVisible();

  await page.getByRole("textbox", { name: "New interest" }).fill("Romance");
  await page.getByRole("button", { name: "Add interest" }).click();
  await expect(page.getByText("There is already an interest called “Romance”")).toBeVisible();

  const renamed = `${name} & fantasy`;
  await page.getByRole("textbox", { name: `Name of ${name}` }).fill(renamed);
  await page.getByRole("button", { name: `Rename ${name}` }).click();
  await expect(page.getByRole("textbox", { name: `Name of ${renamed}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Renamed." })).toBeVisible();

  await page.goto("/signup");
  await expect(page.getByRole("checkbox", { name: renamed })).toBeVisible();

  await page.goto("/admin/interests");
  await page.getByRole("button", { name: `Archive ${renamed}` }).click();
  await expect(page.getByRole("button", { name: `Restore ${renamed}` })).toBeVisible();
  await page.goto("/signup");
  await expect(page.getByRole("checkbox", { name: "Romance", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: renamed })).toHaveCount(0);
  await testDb().interest.deleteMany({ where: { name: renamed } });
});

test(
  "a non-admin gets 404 on every admin page and every admin action",
  { tag: "@club-wide" },
  async ({ page, uniqueEmail }) => {
    const memberEmail = uniqueEmail("nonadmin");
    await createSession(page, memberEmail);
    const victim = await testDb().user.create({
      data: { email: uniqueEmail("victim"), firstName: "Victim" },
    });
    const interest = await testDb().interest.findFirstOrThrow({ where: { name: "Romance" } });

    for (const path of [
      "/admin",
      "/admin/interests",
      "/admin/sync",
      "/admin/audit",
      "/admin?q=a&page=2",
      `/admin/members/${victim.id}`,
      "/admin/overview",
      "/admin/members/new",
      "/admin/members/import",
      "/admin/settings",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }

    const actions = serverActionsIn("app/(admin)/");
    expect(actions.map((action) => action.name).sort()).toEqual([
      "app/(admin)/admin/actions.ts#deleteMemberAction",
      "app/(admin)/admin/interests/actions.ts#archiveInterestAction",
      "app/(admin)/admin/interests/actions.ts#createInterestAction",
      "app/(admin)/admin/interests/actions.ts#deleteInterestAction",
      "app/(admin)/admin/interests/actions.ts#removeInterestFromEveryoneAction",
      "app/(admin)/admin/interests/actions.ts#renameInterestAction",
      "app/(admin)/admin/members/[id]/actions.ts#deleteMemberFromDetailAction",
      "app/(admin)/admin/members/[id]/actions.ts#retryMemberSyncAction",
      "app/(admin)/admin/members/[id]/actions.ts#sendSignInLinkAction",
      "app/(admin)/admin/members/import/actions.ts#previewImportAction",
      "app/(admin)/admin/members/import/actions.ts#startImportAction",
      "app/(admin)/admin/members/new/actions.ts#addMemberAction",
      "app/(admin)/admin/settings/actions.ts#saveSettingsAction",
      "app/(admin)/admin/sync/actions.ts#reconcileNowAction",
      "app/(admin)/admin/sync/actions.ts#retryAllFailedAction",
      "app/(admin)/admin/sync/actions.ts#retrySyncAction",
      "app/(admin)/admin/sync/actions.ts#syncProgressAction",
    ]);
    const passesAsked = () => testDb().reconcileRun.count({ where: { requestedBy: { not: null } } });
    const passesBefore = await passesAsked();
    // The body React sends for a form action: the form's fields under "1_", the arguments in "0".
    const withState = [
      "createInterestAction",
      "renameInterestAction",
      "deleteInterestAction",
      "removeInterestFromEveryoneAction",
      "sendSignInLinkAction",
      "addMemberAction",
      "previewImportAction",
      "startImportAction",
      "saveSettingsAction",
      "retryAllFailedAction",
    ];
    for (const action of actions) {
      const args = withState.some((name) => action.name.endsWith(name))
        ? [{ status: "idle" }, "$K1"]
        : ["$K1"];
      const response = await page.request.post("/admin", {
        headers: { "Next-Action": action.id, Origin: appUrl },
        multipart: {
          "0": JSON.stringify(args),
          "1_id": victim.id,
          "1_name": "Hacked",
          "1_archived": "true",
          "1_email": "hacked@e2e.test",
          "1_firstName": "Hacked",
        },
      });
      expect(response.status(), `${action.name}: ${(await response.text()).slice(0, 300)}`).toBe(404);
    }
    expect(await testDb().user.findUnique({ where: { id: victim.id } })).not.toBeNull();
    expect(await testDb().interest.findUnique({ where: { id: interest.id } })).toMatchObject({
      name: "Romance",
      archivedAt: null,
    });
    expect(await testDb().interest.count({ where: { name: "Hacked" } })).toBe(0);
    expect(await testDb().user.count({ where: { email: "hacked@e2e.test" } })).toBe(0);
    expect(await testDb().clubSettings.count({ where: { name: "Hacked" } })).toBe(0);
    expect(await passesAsked()).toBe(passesBefore);
  },
);

for (const path of [
  "/admin",
  "/admin/interests",
  "/admin/sync",
  "/admin/audit",
  "/admin/members/new",
  "/admin/members/import",
  "/admin/settings",
  "/admin/overview",
]) {
  test(`${path} has no serious accessibility violations`, async ({ page, signInAsAdmin }) => {
    await signInAsAdmin();
    await page.goto(path);
    await expectNoSeriousViolations(page);
  });
}
