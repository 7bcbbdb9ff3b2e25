import type { Page } from "@playwright/test";
import { testDb } from "./support/db";
import { appUrl } from "./support/e2e-env";
import { createSession, expect, test } from "./support/fixtures";
import { serverActionsIn } from "./support/server-actions";

/** Records every Content-Security-Policy violation the page reports. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("no page breaks its Content-Security-Policy, which allows no inline style without the nonce", async ({
  page,
  signUpAndConfirm,
  signInAsAdmin,
}) => {
  const violations = await recordViolations(page);
  const policy = (await page.request.get("/")).headers()["content-security-policy"]!;
  expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
  expect(policy).not.toContain("unsafe-inline");

  for (const path of ["/", "/signup", "/signin", "/no-such-page"]) {
    await page.goto(path);
    expect(await violations(), path).toEqual([]);
  }
  await signUpAndConfirm({ firstName: "Strict", lastName: "Policy", interests: ["Romance"] });
  await page.getByRole("checkbox", { name: "Biographies" }).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  expect(await violations(), "/profile").toEqual([]);
  await signInAsAdmin();
  for (const path of ["/admin", "/admin/interests", "/admin/sync", "/admin/audit"]) {
    await page.goto(path);
    expect(await violations(), path).toEqual([]);
  }
});

test("a server action posted to a page that does not use it is not found there", async ({
  page,
  uniqueEmail,
}) => {
  const memberEmail = uniqueEmail("elsewhere");
  await createSession(page, memberEmail);
  const victim = await testDb().user.create({ data: { email: uniqueEmail("victim"), firstName: "Victim" } });
  const [deleteMember] = serverActionsIn("app/(admin)/admin/actions.ts");
  const [savePreference] = serverActionsIn("app/(member)/profile/actions.ts").filter((a) =>
    a.name.endsWith("#savePreferenceAction"),
  );

  for (const path of ["/", "/profile", "/signup"]) {
    const response = await page.request.post(path, {
      headers: { "Next-Action": deleteMember!.id, Origin: appUrl },
      multipart: { "0": JSON.stringify(["$K1"]), "1_id": victim.id },
    });
    expect(response.status(), path).toBe(404);
  }
  // Sent as a form without JavaScript would send it.
  const asForm = await page.request.post("/profile", {
    headers: { Origin: appUrl },
    multipart: { [`$ACTION_ID_${deleteMember!.id}`]: "", id: victim.id },
  });
  expect(asForm.status()).toBe(404);
  expect(await testDb().user.findUnique({ where: { id: victim.id } })).not.toBeNull();

  const change = JSON.stringify([{ kind: "newsletter", value: true }]);
  const misplaced = await page.request.post("/signup", {
    headers: { "Next-Action": savePreference!.id, Origin: appUrl },
    multipart: { "0": change },
  });
  expect(misplaced.status()).toBe(404);
  const inPlace = await page.request.post("/profile", {
    headers: { "Next-Action": savePreference!.id, Origin: appUrl },
    multipart: { "0": change },
  });
  expect(inPlace.status()).toBe(200);
});

test("a session in use moves its expiry on once a day, and an expired one ends", async ({
  page,
  uniqueEmail,
}) => {
  const DAY = 24 * 60 * 60 * 1000;
  const email = uniqueEmail("session");
  await createSession(page, email);
  const { id: userId } = await testDb().user.findUniqueOrThrow({ where: { email } });
  const expiry = async () =>
    (await testDb().session.findFirstOrThrow({ where: { userId } })).expires.getTime();
  const setExpiry = (expires: Date) => testDb().session.updateMany({ where: { userId }, data: { expires } });

  // Its expiry last moved on an hour ago: used as it is.
  const current = new Date(Date.now() + 30 * DAY - 60 * 60 * 1000);
  await setExpiry(current);
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  expect(await expiry()).toBe(current.getTime());

  // Last moved on two days ago: moved on again, thirty days from now.
  await setExpiry(new Date(Date.now() + 28 * DAY));
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  expect(await expiry()).toBeGreaterThan(Date.now() + 29 * DAY);

  // Expired: signed out, and the session is gone.
  await setExpiry(new Date(Date.now() - 1000));
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin$/);
  expect(await testDb().session.count({ where: { userId } })).toBe(0);
});
