import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { testDb } from "./db";
import { emailHash } from "../../lib/security/email-hash";
import { tokenHash } from "../../lib/security/token-hash";
import { appUrl, e2eAdminEmail, e2eEnv } from "./e2e-env";
import { linkIn, mailbox } from "./mailbox";
import { insertConfirmedMember } from "./confirmed-member";

export type NewMember = {
  email: string;
  firstName: string;
  lastName: string;
  newsletter?: boolean;
  interests?: string[];
};

let sequence = 0;

/** Opens a confirmation link and clicks "Confirm my email" (keeping the choices shown): lands on /profile. */
export async function confirmByLink(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page).toHaveURL(/\/profile$/);
}

/** Opens a sign-in link and clicks "Sign in": lands on /profile. */
export async function signInWithLink(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/profile$/);
}

/** Fills and sends the sign-up form. */
export async function fillSignup(page: Page, member: NewMember) {
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Email" }).fill(member.email);
  await page.getByRole("textbox", { name: "First name" }).fill(member.firstName);
  await page.getByRole("textbox", { name: "Last name" }).fill(member.lastName);
  if (member.newsletter) await page.getByRole("checkbox", { name: "Get weekly newsletter" }).check();
  for (const interest of member.interests ?? [])
    await page.getByRole("checkbox", { name: interest, exact: true }).check();
  await page.getByRole("button", { name: "Sign up" }).click();
}

type Fixtures = {
  /** A fresh address for this test; the account behind it (if any) is deleted after the test. */
  uniqueEmail: (label?: string) => string;
  /** Signs up through the form and follows the confirmation link: the member lands on /profile. */
  signUpAndConfirm: (member: Omit<NewMember, "email"> & { email?: string }) => Promise<string>;
  /**
   * A confirmed member made directly in the database, as their confirmation click leaves them, signed in on
   * this page and on /profile: for tests that are not about signing up (no mail is sent).
   */
  confirmedMember: (member: Omit<NewMember, "email"> & { email?: string }) => Promise<string>;
  /** Signs in by e-mail link. */
  signInByLink: (email: string) => Promise<void>;
  /** Signs in as the admin of the e2e configuration (a session made directly: the link flow has its own tests). */
  signInAsAdmin: () => Promise<void>;
};

/**
 * Creates a database session for `email` (the account is created confirmed when missing) and sets its cookie;
 * `signedInAt`: when its sign-in happened (default now).
 */
export async function createSession(page: Page, email: string, { signedInAt }: { signedInAt?: Date } = {}) {
  const user = await testDb().user.upsert({
    where: { email },
    create: { email, emailVerified: new Date(), firstName: "Admin" },
    update: {},
  });
  const sessionToken = randomBytes(32).toString("base64url");
  await testDb().session.create({
    data: {
      sessionToken: tokenHash(sessionToken, e2eEnv.AUTH_SECRET!),
      userId: user.id,
      expires: new Date(Date.now() + 24 * 60 * 60 * 1000),
      createdAt: signedInAt,
    },
  });
  await page
    .context()
    .addCookies([
      { name: "authjs.session-token", value: sessionToken, url: appUrl, httpOnly: true, sameSite: "Lax" },
    ]);
}

const departureKey = (email: string) => emailHash(email, e2eEnv.AUTH_SECRET!);

/** Records that the person behind `email` left (as deleting their account does), as the app keys it. */
export async function recordDeparture(email: string, departedAt: Date, reason = "member") {
  await testDb().departedAddress.create({ data: { emailHash: departureKey(email), departedAt, reason } });
}

export const test = base.extend<Fixtures>({
  uniqueEmail: async ({}, use, testInfo) => {
    const created: string[] = [];
    await use((label = "member") => {
      sequence += 1;
      const email = `${label}.${testInfo.workerIndex}.${Date.now().toString(36)}.${sequence}@e2e.test`;
      created.push(email);
      return email;
    });
    await testDb().user.deleteMany({ where: { email: { in: created } } });
    await testDb().departedAddress.deleteMany({ where: { emailHash: { in: created.map(departureKey) } } });
  },

  signUpAndConfirm: async ({ page, uniqueEmail }, use) => {
    await use(async (member) => {
      const email = member.email ?? uniqueEmail();
      await fillSignup(page, { ...member, email });
      await expect(page.getByText("Check your email")).toBeVisible();
      const mail = await mailbox.waitFor(email);
      expect(mail.subject).toContain("Confirm");
      await confirmByLink(page, linkIn(mail));
      return email;
    });
  },

  confirmedMember: async ({ page, uniqueEmail }, use) => {
    await use(async (member) => {
      const email = member.email ?? uniqueEmail();
      await insertConfirmedMember({ ...member, email });
      await createSession(page, email);
      await page.goto("/profile");
      await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
      return email;
    });
  },

  signInByLink: async ({ page }, use) => {
    await use(async (email) => {
      const before = mailbox.to(email).length;
      await page.goto("/signin");
      await page.getByRole("textbox", { name: "Email" }).fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByText("Check your email")).toBeVisible();
      const mail = await mailbox.waitFor(email, before + 1);
      await signInWithLink(page, linkIn(mail));
    });
  },

  signInAsAdmin: async ({ page }, use) => {
    await use(() => createSession(page, e2eAdminEmail));
  },
});

export { expect };
