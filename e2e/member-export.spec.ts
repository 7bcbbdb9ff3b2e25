import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { testDb } from "./support/db";
import { expect, test } from "./support/fixtures";

test("the filter is in the URL, and the exported CSV holds exactly the filtered members, formulas neutralised", async ({
  page,
  signInAsAdmin,
  uniqueEmail,
}) => {
  const marker = `exp${Date.now().toString(36)}`;
  const hostile = '=HYPERLINK("http://evil.test","click")';
  const made = [
    { email: uniqueEmail("export-a"), firstName: hostile, newsletter: true },
    { email: uniqueEmail("export-b"), firstName: "Bea", newsletter: true },
    { email: uniqueEmail("export-c"), firstName: "Cy", newsletter: false },
  ];
  for (const member of made) {
    await testDb().user.create({
      data: {
        ...member,
        lastName: marker,
        searchText: `${member.email} ${member.firstName} ${marker}`.toLowerCase(),
        emailVerified: new Date(),
      },
    });
  }
  await signInAsAdmin();
  await page.goto("/admin");
  await page.getByRole("searchbox", { name: "Search by email or name" }).fill(marker);
  await page.getByRole("combobox", { name: "Newsletter" }).selectOption("yes");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${marker}.*newsletter=yes|newsletter=yes.*q=${marker}`));
  await expect(page.getByText("2 members match the filter")).toBeVisible();
  const shown = await page.getByRole("link", { name: /@e2e\.test$/ }).allTextContents();
  expect(shown.sort()).toEqual([made[0]!.email, made[1]!.email].sort());

  // The back button brings the unfiltered list back; forward, the filter again.
  await page.goBack();
  await expect(page.getByRole("combobox", { name: "Newsletter" })).toHaveValue("");
  await page.goForward();
  await expect(page.getByRole("combobox", { name: "Newsletter" })).toHaveValue("yes");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await readFile(await (await download).path(), "utf8");
  // A byte order mark first, so that Excel reads the file as UTF-8.
  expect(file.startsWith("\uFEFFemail,")).toBe(true);
  const rows = parse(file, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.email).sort()).toEqual(shown.sort());
  expect(Object.keys(rows[0]!)).toEqual([
    "email",
    "first_name",
    "last_name",
    "joined_at",
    "confirmed_at",
    "newsletter",
    "interests",
    "mailerlite_status",
    "sync_state",
  ]);
  const hostileRow = rows.find((r) => r.email === made[0]!.email)!;
  expect(hostileRow.first_name).toBe(`'${hostile}`);
  expect(hostileRow).toMatchObject({ last_name: marker, newsletter: "yes" });
  expect(
    await testDb().auditEntry.count({
      where: { action: "admin.exported_members", detail: { contains: marker } },
    }),
  ).toBe(1);
});

test("a non-admin gets 404 for the export", async ({ page }) => {
  expect((await page.request.get("/admin/members/export")).status()).toBe(404);
});
