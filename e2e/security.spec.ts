import type { Page } from "@playwright/test";
import { hiddenFormFields } from "../bench/lib/app-server";
import { testDb } from "./support/db";
import { appUrl } from "./support/e2e-env";
import { createSession, expect, test } from "./support/fixtures";
import { mailbox } from "./support/mailbox";
import { postChunked } from "./support/raw-post";
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

test("a page takes a body of 64 KB at most: more gets 413 from the proxy, with or without JavaScript, chunked or not", async ({
  page,
  uniqueEmail,
}) => {
  const [signup] = serverActionsIn("app/(public)/signup/");
  const email = uniqueEmail("large-body");
  const fields = { email, firstName: "Large", lastName: "Body", website: "" };
  const padding = "x".repeat(100 * 1024);
  const refused = async (answer: { status(): number; text(): Promise<string> }, how: string) => {
    expect(answer.status(), how).toBe(413);
    expect(await answer.text(), how).toBe("Request body too large");
  };
  // The page's script calls the action (Next-Action header, the form's fields under "1_").
  const call = Object.fromEntries(Object.entries({ ...fields, padding }).map(([k, v]) => [`1_${k}`, v]));
  await refused(
    await page.request.post("/signup", {
      headers: { "Next-Action": signup!.id, Origin: appUrl },
      multipart: { "0": JSON.stringify([{ status: "idle" }, "$K1"]), ...call },
    }),
    "script",
  );
  // The form as a browser without JavaScript sends it: the action's id among its hidden fields.
  const form = { ...Object.fromEntries(await hiddenFormFields(`${appUrl}/signup`)), ...fields };
  await refused(
    await page.request.post("/signup", { headers: { Origin: appUrl }, multipart: { ...form, padding } }),
    "no JavaScript",
  );
  // The same body without a declared length (chunked): read as far as the limit, then refused.
  const multipart = new Response(toFormData({ ...form, padding }));
  const chunked = await postChunked(
    `${appUrl}/signup`,
    { Origin: appUrl, "Content-Type": multipart.headers.get("content-type")! },
    Buffer.from(await multipart.arrayBuffer()),
  );
  expect([chunked.status, chunked.text]).toEqual([413, "Request body too large"]);
  // 9 MB, the length declared: refused by the proxy by its length (unit test: lib/request/bounded-body.test.ts),
  // where Next's own limit for actions would answer 500 after reading it.
  const large = await page.request.post("/signup", {
    headers: { Origin: appUrl },
    multipart: { ...form, padding: "x".repeat(9 * 1024 * 1024) },
  });
  await refused(large, "9 MB");
  expect(large.headers()["content-type"]).toBe("text/plain");
  expect(await testDb().user.count({ where: { email } })).toBe(0);

  // Without the padding the same form signs up.
  const small = await page.request.post("/signup", { headers: { Origin: appUrl }, multipart: form });
  expect(small.status()).toBe(200);
  expect(await testDb().user.count({ where: { email } })).toBe(1);

  // MailerLite's webhook keeps its own limit, 1 MiB: 300 KB reaches its signature check, 2 MiB does not.
  const webhook = (size: number) =>
    page.request.post("/api/webhooks/mailerlite", {
      headers: { "Content-Type": "application/json", Signature: "0".repeat(64) },
      data: JSON.stringify({ events: [], padding: "x".repeat(size) }),
    });
  expect((await webhook(300 * 1024)).status()).toBe(401);
  expect((await webhook(2 * 1024 * 1024)).status()).toBe(413);
});

function toFormData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

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

test('"Send it again" mails only the address this browser asked for, whatever the cookie is made to say', async ({
  page,
  uniqueEmail,
}) => {
  const email = uniqueEmail("sent-again");
  const [victimA, victimB] = [uniqueEmail("forged-a"), uniqueEmail("forged-b")];
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(`Check your email at ${email}`)).toBeVisible();
  const sealed = (await page.context().cookies()).find((cookie) => cookie.name === "mailed-to")!;
  const setCookie = (value: string) =>
    page.context().addCookies([{ ...sealed, value: encodeURIComponent(value) }]);
  // Any spelling of the forged addresses, as a recipient or an account.
  const spellings = [victimA, victimB].flatMap((address) => {
    const local = address.split("@")[0]!;
    return [local, local.toUpperCase()];
  });
  const queuedForVictims = () =>
    testDb().outboundMail.count({ where: { OR: spellings.map((part) => ({ to: { contains: part } })) } });
  const victimAccounts = () =>
    testDb().user.count({ where: { OR: spellings.map((part) => ({ email: { contains: part } })) } });

  for (const forged of [
    `${victimA},${victimB}`,
    `${victimA}\r\nBcc: ${victimB}`,
    ` ${victimA.toUpperCase()}`,
    victimA,
  ]) {
    // The page was shown for the browser's own address; the cookie is changed before the click.
    await page.context().addCookies([sealed]);
    await page.goto("/check-email");
    await setCookie(forged);
    await page.getByRole("button", { name: "Send it again" }).click();
    await expect(page.getByText("Ask for a new link from the sign-in page.")).toBeVisible();
    // A forged cookie alone shows no address and no button.
    await page.goto("/check-email");
    await expect(page.getByRole("button", { name: "Send it again" })).toHaveCount(0);
    await expect(page.getByText(victimA, { exact: false })).toHaveCount(0);
  }
  expect(await queuedForVictims()).toBe(0);
  expect(await victimAccounts()).toBe(0);
  expect(await testDb().outboundMail.count({ where: { to: email } })).toBe(1);

  // The browser's own address is mailed again, counted against its limits.
  await page.context().addCookies([sealed]);
  await page.goto("/check-email");
  await page.getByRole("button", { name: "Send it again" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `We sent another link to ${email}.` }),
  ).toBeVisible();
  await mailbox.waitFor(email, 2);
});
