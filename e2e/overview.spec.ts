import { expectNoSeriousViolations } from "./support/accessibility";
import { testDb } from "./support/db";
import { expect, test } from "./support/fixtures";

test(
  "the overview charts the club, with the numbers as tables, and passes axe",
  { tag: "@club-wide" },
  async ({ page, signInAsAdmin, uniqueEmail }) => {
    await testDb().user.create({
      data: {
        email: uniqueEmail("overview"),
        firstName: "Olu",
        emailVerified: new Date(),
        newsletter: true,
        interests: { create: [{ interestId: "seed_biographies" }] },
      },
    });
    await signInAsAdmin();
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Overview" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

    const [members, biographies, subscribed] = await Promise.all([
      testDb().user.count(),
      testDb().memberInterest.count({ where: { interestId: "seed_biographies" } }),
      testDb().user.count({ where: { newsletter: true, emailVerified: { not: null } } }),
    ]);
    const table = (caption: RegExp) => page.getByRole("table", { name: caption });
    const thisMonth = new Date().toLocaleDateString("en-GB", {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    await expect(
      table(/^Members at the end of each month/).getByRole("row", { name: new RegExp(`^${thisMonth} `) }),
    ).toContainText(String(members));
    await expect(table(/^Interests/).getByRole("row", { name: /^Biographies / })).toContainText(
      String(biographies),
    );
    await expect(table(/^Newsletter/).getByRole("row", { name: /^Newsletter / })).toContainText(
      String(subscribed),
    );
    await expect(page.getByRole("figure")).toHaveCount(4);
    await expectNoSeriousViolations(page);
  },
);

test("a non-admin gets 404 for the overview", async ({ page }) => {
  expect((await page.request.get("/admin/overview")).status()).toBe(404);
});
