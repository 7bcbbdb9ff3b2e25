import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/accessibility";
import { formatTime } from "../lib/format-time";
import { testDb } from "./support/db";
import { appUrl, e2eAdminEmail, e2eEmulatorUrl, e2eMailerLiteKey } from "./support/e2e-env";
import { createSession, expect, recordDeparture, signInWithLink, test } from "./support/fixtures";
import { linkIn, mailbox } from "./support/mailbox";
import { mailerlite } from "./support/mailerlite";
import { answerBeforeBody } from "./support/raw-post";

const fact = (page: Page | Locator, term: string) =>
  page.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

/** Uploads a CSV file on /admin/members/import; lands on the file's mapping page. */
async function upload(page: Page, name: string, content: string | Buffer) {
  await page.goto("/admin/members/import");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("heading", { name: `Import of ${name}` })).toBeVisible();
}

/** Clicks "Import" and waits for the background job's result. */
async function runImport(page: Page) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible({ timeout: 20_000 });
  // The result is the import's, not the page's: it is there after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible();
}

/** A subscriber MailerLite holds as unsubscribed, unknown to the club (an old list's unsubscribe). */
async function unsubscribedInMailerLite(email: string) {
  const response = await fetch(`${e2eEmulatorUrl}/api/subscribers`, {
    method: "POST",
    headers: { Authorization: `Bearer ${e2eMailerLiteKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ email, status: "active" }),
  });
  expect(response.status).toBeLessThan(300);
  await mailerlite.act(email, "unsubscribe", { deliver: false });
}

/** The row of the preview's table for the file's row `row`. */
const previewRow = (page: Page, row: number) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: String(row), exact: true }) });

// Every test here that uploads a file is @club-wide (it runs alone), so this removes no other test's import.
test.afterEach(async () => {
  await testDb().memberImport.deleteMany({ where: { fileName: { contains: "e2e-" } } });
});

test(
  "import a file with mixed problems: preview per row, import, report, members and MailerLite right; the export round-trips",
  { tag: "@club-wide" },
  async ({ page, signInAsAdmin, uniqueEmail }) => {
    test.setTimeout(120_000);
    const marker = `imp${Date.now().toString(36)}`;
    const email = {
      nia: uniqueEmail(`${marker}-nia`),
      known: uniqueEmail(`${marker}-known`),
      unsub: uniqueEmail(`${marker}-unsub`),
      hostile: uniqueEmail(`${marker}-hostile`),
      uma: uniqueEmail(`${marker}-uma`),
      ragged: uniqueEmail(`${marker}-ragged`),
    };
    const hostile = '=HYPERLINK("http://evil.test","click")';
    await testDb().user.create({
      data: {
        email: email.known,
        firstName: "Ken",
        lastName: "Known",
        searchText: `${email.known} ken known`,
        emailVerified: new Date(),
        newsletter: true,
        interests: { create: [{ interestId: "seed_romance" }] },
      },
    });
    await unsubscribedInMailerLite(email.unsub);

    const file = [
      "\uFEFFEmail;First name;Last name;Newsletter;Interests",
      `${email.nia};Nia;"Lee, Jr.";yes;"Romance, True crime"`,
      "not-an-address;Bad;Row;yes;Romance",
      `${email.known};Ken;Known;yes;Biographies`,
      `${email.nia.toUpperCase()};Nia;Again;yes;`,
      `${email.uma};Uma;Unknown;no;Sci-fi`,
      `${email.unsub};Ursula;Unsub;yes;Romance`,
      `${email.hostile};"${hostile.replace(/"/g, '""')}";Hostile;no;`,
      // One cell too many: this row is invalid, the file is not.
      `${email.ragged};Rae;Ragged;yes;Romance;extra`,
    ].join("\r\n");

    await signInAsAdmin();
    await upload(page, `e2e-${marker}.csv`, file);
    await expect(page.getByText("semicolon-separated")).toBeVisible();
    // The columns are recognised from the header.
    await expect(page.getByRole("combobox", { name: "Import “Email” as" })).toHaveValue("email");
    await expect(page.getByRole("combobox", { name: "Import “Interests” as" })).toHaveValue("interests");
    await page.getByRole("checkbox", { name: "These people agreed to receive the newsletter" }).check();
    await page.getByRole("checkbox", { name: "These members asked for the interests in this file" }).check();
    await page.getByRole("button", { name: "Preview" }).click();

    await expect(fact(page, "Rows")).toHaveText("8");
    await expect(fact(page, "New members")).toHaveText("3");
    await expect(fact(page, "Members updated")).toHaveText("1");
    await expect(fact(page, "Invalid")).toHaveText("3");
    await expect(fact(page, "Duplicate within the file")).toHaveText("1");
    await expect(previewRow(page, 3)).toContainText("Email: Enter a valid email address");
    await expect(previewRow(page, 5)).toContainText("Same address as row 2");
    await expect(previewRow(page, 6)).toContainText('Unknown interest "Sci-fi"');
    await expect(previewRow(page, 9)).toContainText("The row has 6 cells; the header has 5");
    // Nothing is written before the admin confirms.
    expect(await testDb().user.count({ where: { email: email.nia } })).toBe(0);
    await expectNoSeriousViolations(page);

    await runImport(page);
    const result = page.getByRole("region", { name: "Result" });
    await expect(fact(result, "Members created")).toHaveText("3");
    await expect(fact(result, "Members updated")).toHaveText("1");
    await expect(fact(result, "Not imported")).toHaveText("4");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the report (CSV)" }).click();
    const report = parse(await readFile(await (await download).path(), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(report.map((r) => [r.row, r.result])).toEqual([
      ["3", "not imported (invalid)"],
      ["5", "not imported (duplicate)"],
      ["6", "not imported (invalid)"],
      ["9", "not imported (invalid)"],
    ]);
    expect(report[2]!.reason).toBe('Unknown interest "Sci-fi"');

    const member = (address: string) =>
      testDb().user.findUnique({
        where: { email: address },
        select: {
          firstName: true,
          lastName: true,
          newsletter: true,
          newsletterStop: true,
          interests: {
            select: { interest: { select: { name: true } } },
            orderBy: { interest: { name: "asc" } },
          },
        },
      });
    const names = (m: Awaited<ReturnType<typeof member>>) => m!.interests.map((i) => i.interest.name);
    const nia = await member(email.nia);
    expect(nia).toMatchObject({ firstName: "Nia", lastName: "Lee, Jr.", newsletter: true });
    expect(names(nia)).toEqual(["Romance", "True crime"]);
    const known = await member(email.known);
    expect(known).toMatchObject({ newsletter: true });
    expect(names(known)).toEqual(["Biographies", "Romance"]);
    expect(await member(email.hostile)).toMatchObject({ firstName: hostile, newsletter: false });
    expect(await member(email.uma)).toBeNull();
    expect(await member(email.ragged)).toBeNull();

    // MailerLite ends with the right subscribers and groups, each once; the unsubscribed address stays so.
    const [romance, crime, bios] = await Promise.all(
      ["Romance", "True crime", "Biographies"].map((n) => mailerlite.groupId(n)),
    );
    await expect
      .poll(async () => (await mailerlite.subscriber(email.nia))?.groups.sort(), { timeout: 30_000 })
      .toEqual([romance, crime].sort());
    await expect
      .poll(async () => (await mailerlite.subscriber(email.known))?.groups.sort(), { timeout: 30_000 })
      .toEqual([romance, bios].sort());
    await expect
      .poll(async () => (await member(email.unsub))?.newsletterStop, { timeout: 30_000 })
      .toBe("unsubscribed");
    const state = await mailerlite.state();
    const ours = state.subscribers.filter((s) => s.email.includes(marker));
    expect(ours.map((s) => `${s.email} ${s.status}`).sort()).toEqual(
      [`${email.known} active`, `${email.nia} active`, `${email.unsub} unsubscribed`].sort(),
    );

    // Export these members, then import the file again: nothing changes.
    await page.goto(`/admin?q=${marker}`);
    await expect(page.getByText("4 members match the filter")).toBeVisible();
    const exported = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const exportFile = await readFile(await (await exported).path(), "utf8");
    expect(exportFile).toContain(`'${hostile.replace(/"/g, '""')}`);
    const auditBefore = await testDb().auditEntry.count();
    await upload(page, `e2e-${marker}-export.csv`, exportFile);
    await expect(page.getByRole("combobox", { name: "Import “first_name” as" })).toHaveValue("firstName");
    await page.getByRole("checkbox", { name: "These people agreed to receive the newsletter" }).check();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(fact(page, "Unchanged")).toHaveText("4");
    await expect(fact(page, "New members")).toHaveText("0");
    await expect(fact(page, "Members updated")).toHaveText("0");
    await runImport(page);
    await expect(fact(page.getByRole("region", { name: "Result" }), "Unchanged")).toHaveText("4");
    // Only the admin's own steps (upload, preview, start) and the job's end were written since the export.
    const since = await testDb().auditEntry.findMany({
      orderBy: { createdAt: "desc" },
      take: (await testDb().auditEntry.count()) - auditBefore,
    });
    expect(since.map((e) => e.action).sort()).toEqual(
      ["admin.previewed_import", "admin.started_import", "admin.uploaded_import", "import.finished"].sort(),
    );
  },
);

test(
  "a member's own choice outranks the file: the newsletter they turned off stays off, their names stay, MailerLite gets no active status",
  { tag: "@club-wide" },
  async ({ page, signInAsAdmin, uniqueEmail }) => {
    test.setTimeout(90_000);
    const marker = `own${Date.now().toString(36)}`;
    const chooser = uniqueEmail(`${marker}-chooser`);
    const fresh = uniqueEmail(`${marker}-fresh`);
    // Turned the newsletter off and set their names on /profile.
    await testDb().user.create({
      data: {
        email: chooser,
        firstName: "Mara",
        lastName: "Own",
        searchText: `${chooser} mara own`,
        emailVerified: new Date(),
        newsletter: false,
        newsletterChosenAt: new Date(),
        namesChosenAt: new Date(),
      },
    });
    await signInAsAdmin();
    // The admin's own member row: they turned the newsletter off on /profile too.
    await testDb().user.update({
      where: { email: e2eAdminEmail },
      data: { newsletter: false, newsletterChosenAt: new Date() },
    });
    const file = [
      "email,name,newsletter",
      `${chooser},Mallory,yes`,
      `${e2eAdminEmail},,yes`,
      `${fresh},Fred,yes`,
    ].join("\n");
    await upload(page, `e2e-${marker}.csv`, file);
    await page.getByRole("checkbox", { name: "These people agreed to receive the newsletter" }).check();
    await page.getByRole("button", { name: "Preview" }).click();

    await expect(fact(page, "New members")).toHaveText("1");
    await expect(fact(page, "Unchanged")).toHaveText("2");
    await expect(previewRow(page, 2)).toContainText("Newsletter and names kept: the member's own choice");
    // The admin's own row: the same rules.
    await expect(previewRow(page, 3)).toContainText("Newsletter kept: the member's own choice");
    await runImport(page);

    // The new member is subscribed: the sync has run past this import's members.
    await expect
      .poll(async () => (await mailerlite.subscriber(fresh))?.status, { timeout: 30_000 })
      .toBe("active");
    expect(await testDb().user.findUnique({ where: { email: chooser } })).toMatchObject({
      firstName: "Mara",
      lastName: "Own",
      newsletter: false,
    });
    expect(await testDb().user.findUnique({ where: { email: e2eAdminEmail } })).toMatchObject({
      newsletter: false,
    });
    const sent = (await mailerlite.requests()).map((r) => JSON.stringify(r.body ?? ""));
    expect(sent.filter((body) => body.includes(chooser))).toEqual([]);
    expect(sent.filter((body) => body.includes(e2eAdminEmail) && body.includes('"active"'))).toEqual([]);
    expect(await mailerlite.subscriber(chooser)).toBeUndefined();
  },
);

test(
  "a person who deleted their account is refused: in the import's preview, and by Add a member next to the field",
  { tag: "@club-wide" },
  async ({ page, signInAsAdmin, uniqueEmail }) => {
    const marker = `gone${Date.now().toString(36)}`;
    const gone = uniqueEmail(`${marker}-gone`);
    const departedAt = new Date("2026-11-02T09:15:00Z");
    await recordDeparture(gone, departedAt);
    const message = `This person deleted their account on ${formatTime(departedAt)}; they can sign up again themselves`;
    await signInAsAdmin();

    await upload(page, `e2e-${marker}.csv`, ["email,first name,newsletter", `${gone},Gil,yes`].join("\n"));
    await page.getByRole("checkbox", { name: "These people agreed to receive the newsletter" }).check();
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(fact(page, "Invalid")).toHaveText("1");
    await expect(fact(page, "New members")).toHaveText("0");
    await expect(previewRow(page, 2)).toContainText(message);
    expect(await testDb().user.count({ where: { email: gone } })).toBe(0);

    await page.goto("/admin/members/new");
    await page.getByRole("textbox", { name: "Email" }).fill(gone);
    await page.getByRole("textbox", { name: "First name" }).fill("Gil");
    await page.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(message);
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveAttribute("aria-invalid", "true");
    expect(await testDb().user.count({ where: { email: gone } })).toBe(0);
  },
);

test(
  "a malformed file gets an error naming the row and column, and nothing is stored",
  { tag: "@club-wide" },
  async ({ page, signInAsAdmin }) => {
    await signInAsAdmin();
    const before = await testDb().memberImport.count();
    await page.goto("/admin/members/import");
    await page.getByLabel("CSV file").setInputFiles({
      name: "e2e-broken.csv",
      mimeType: "text/csv",
      buffer: Buffer.from('email,first name\nann@e2e.test,Ann\nbo@e2e.test,Bo "the" Reader\n'),
    });
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(
      page.getByText(/The file is not valid CSV\. Row 3, column 2: a quote appears inside a cell/),
    ).toBeVisible();
    await expect(page.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");
    expect(await testDb().memberImport.count()).toBe(before);
  },
);

test(
  "a file of nearly 5 MB uploads; a larger one is refused next to the field, also without JavaScript",
  { tag: "@club-wide" },
  async ({ browser, page, signInAsAdmin }) => {
    // Some 17 MB through the browser's protocol: a limit that catches a hang, not a busy machine.
    test.setTimeout(180_000);
    // 20,000 rows (the most a file may have) of 260 bytes: 4.96 MiB, just under the limit.
    const row = (n: number) =>
      `reader${String(n).padStart(5, "0")}@large.e2e.test,Reader,${"x".repeat(225)}\n`;
    const large = "email,first name,notes\n" + Array.from({ length: 20_000 }, (_, n) => row(n)).join("");
    await signInAsAdmin();
    await upload(page, "e2e-large.csv", large);
    await expect(page.getByText(/· 20000 rows ·/)).toBeVisible();

    const before = await testDb().memberImport.count();
    const noScript = await (
      await browser.newContext({ baseURL: appUrl, javaScriptEnabled: false })
    ).newPage();
    await createSession(noScript, e2eAdminEmail);
    await noScript.goto("/admin/members/import");
    await noScript.getByLabel("CSV file").setInputFiles({
      name: "e2e-too-large.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(5 * 1024 * 1024 + 64 * 1024, "a"),
    });
    await noScript.getByRole("button", { name: "Upload" }).click();
    await expect(noScript.getByText("The file is larger than 5 MB")).toBeVisible();
    await expect(noScript.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");
    expect(await testDb().memberImport.count()).toBe(before);
    // Only the server's own words are shown there: a link cannot put a message on the page.
    await noScript.goto(
      `/admin/members/import?error=${encodeURIComponent("Call 555 0100 to restore your account")}`,
    );
    await expect(noScript.getByText("Call 555 0100")).toHaveCount(0);
  },
);

test("an upload from anyone but an admin, or from another site, is refused before its body is read", async ({
  page,
  uniqueEmail,
}) => {
  const cookieOf = async (email: string) => {
    await createSession(page, email);
    const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token")!;
    return `${session.name}=${session.value}`;
  };
  const post = (headers: Record<string, string>) =>
    answerBeforeBody(
      `${appUrl}/admin/members/import/upload`,
      { Origin: appUrl, "Content-Type": "multipart/form-data; boundary=x", ...headers },
      5 * 1024 * 1024,
      Buffer.from("--x\r\n"),
    );
  expect((await post({})).status, "anonymous").toBe(404);
  expect((await post({ Cookie: await cookieOf(uniqueEmail("not-admin")) })).status, "member").toBe(404);
  const admin = await cookieOf(e2eAdminEmail);
  expect((await post({ Cookie: admin, Origin: "https://elsewhere.example" })).status, "other site").toBe(403);
});

test("an admin adds a member by hand: the newsletter needs the consent box; a welcome mail signs them in", async ({
  browser,
  page,
  signInAsAdmin,
  uniqueEmail,
}) => {
  const email = uniqueEmail("by-hand");
  await signInAsAdmin();
  await page.goto("/admin");
  await page.getByRole("link", { name: "Add a member" }).click();
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "First name" }).fill("Hana");
  await page.getByRole("textbox", { name: "Last name" }).fill("Hand");
  await page.getByRole("checkbox", { name: "Get weekly newsletter" }).check();
  await page.getByRole("checkbox", { name: "Biographies", exact: true }).check();
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(
    page.getByText("Tick this to subscribe them: the newsletter needs the person's agreement"),
  ).toBeVisible();
  expect(await testDb().user.count({ where: { email } })).toBe(0);
  // What was typed is kept.
  await expect(page.getByRole("textbox", { name: "First name" })).toHaveValue("Hana");
  await page.getByRole("checkbox", { name: "This person agreed to receive the newsletter" }).check();
  await page.getByRole("button", { name: "Add member" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Member added." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hana Hand" })).toBeVisible();
  const stored = await testDb().user.findUniqueOrThrow({ where: { email } });
  expect(stored.consentDetail).toContain("This person agreed to receive the newsletter");
  expect(stored.consentDetail).toContain("admin");
  await expect
    .poll(async () => (await mailerlite.subscriber(email))?.groups, { timeout: 20_000 })
    .toEqual([await mailerlite.groupId("Biographies")]);
  await page.reload();
  await expect(fact(page, "Status")).toHaveText("active");
  await expect(fact(page, "Subscriber id")).toHaveText((await mailerlite.subscriber(email))!.id);

  const mail = await mailbox.waitFor(email);
  expect(mail.subject).toMatch(/^Welcome to /);
  const memberPage = await (await browser.newContext({ baseURL: appUrl })).newPage();
  await signInWithLink(memberPage, linkIn(mail));
  await expect(memberPage.getByRole("checkbox", { name: "Biographies", exact: true })).toBeChecked();

  // The same address again is refused next to the field.
  await page.goto("/admin/members/new");
  await page.getByRole("textbox", { name: "Email" }).fill(email.toUpperCase());
  await page.getByRole("textbox", { name: "First name" }).fill("Again");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("A member with this address already exists")).toBeVisible();
});

test("a non-admin gets 404 for the import and add pages", async ({ page }) => {
  for (const path of ["/admin/members/import", "/admin/members/new", "/admin/members/import/x/report"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});
