import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";

const axeSource = readFileSync(createRequire(__filename).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core, run in the page itself, and the violations it found (impact, rule, help, elements). Evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern; our pages have no
 * frames. (@axe-core/playwright opened a second page for every check: five times the check's own cost.)
 */
const runAxe = `${axeSource}
;axe.run(document, { resultTypes: ["violations"] }).then((results) =>
  results.violations.map((v) => ({
    impact: v.impact ?? null,
    text: v.id + ": " + v.help + " (" + v.nodes.map((n) => n.target.join(" ")).join(", ") + ")",
  })),
)`;

/** axe-core finds no serious or critical accessibility violation on the page as it is now. */
export async function expectNoSeriousViolations(page: Page, where?: string) {
  // After a client-side navigation Next.js sets the new page's title a moment after its content.
  await expect(page, where).toHaveTitle(/\S/);
  const violations = await page.evaluate<{ impact: string | null; text: string }[]>(runAxe);
  expect(
    violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.text),
    where ?? page.url(),
  ).toEqual([]);
}
