import type { Page } from "@playwright/test";
import { limitServers } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";

const [direct, behindProxy] = limitServers as [(typeof limitServers)[0], (typeof limitServers)[0]];
let sequence = 0;

/** Asks `server` for a sign-in link with this X-Forwarded-For header; true when it was accepted. */
async function askForLink(page: Page, server: { url: string }, forwardedFor: string): Promise<boolean> {
  sequence += 1;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": forwardedFor });
  await page.goto(`${server.url}/signin`);
  await page
    .getByRole("textbox", { name: "Email" })
    .fill(`limit.${Date.now().toString(36)}.${sequence}@e2e.test`);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const accepted = page.getByText("Check your email");
  const refused = page.getByText(/Too many attempts/);
  await expect(accepted.or(refused)).toBeVisible();
  return accepted.isVisible();
}

test("forged X-Forwarded-For headers from one connection are limited as one client", async ({ page }) => {
  // Each request claims another address: the limit still counts them as the one connection they are.
  const asks = direct.mailLimitPerIp + 3;
  const outcomes: boolean[] = [];
  for (let i = 0; i < asks; i += 1) outcomes.push(await askForLink(page, direct, `198.51.100.${i}`));
  expect(outcomes).toEqual([
    ...Array<boolean>(direct.mailLimitPerIp).fill(true),
    ...Array<boolean>(asks - direct.mailLimitPerIp).fill(false),
  ]);
});

test("behind a trusted proxy, the address the proxy added is the client's", async ({ page }) => {
  // Each client sends a header of its own; the proxy appends the address it saw.
  const outcomes: boolean[] = [];
  for (let i = 0; i < behindProxy.mailLimitPerIp + 1; i += 1) {
    outcomes.push(await askForLink(page, behindProxy, `10.66.0.${i}, 203.0.113.7`));
  }
  expect(outcomes).toEqual([...Array<boolean>(behindProxy.mailLimitPerIp).fill(true), false]);
  expect(await askForLink(page, behindProxy, "203.0.113.8")).toBe(true);
});
