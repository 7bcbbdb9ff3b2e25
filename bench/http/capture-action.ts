import { chromium, type Page } from "@playwright/test";
import { chromiumPath } from "../../scripts/lib/chromium-path";

export type CapturedRequest = { url: string; headers: Record<string, string>; body: string };

const DROPPED = new Set(["host", "content-length", "connection", "accept-encoding", "cookie"]);

/**
 * The request a browser sends for a server action: opens `path` (signed in with `session`, if given), runs
 * `act` and keeps the first POST it makes (headers without cookie, body as text).
 */
export async function captureAction(
  base: string,
  path: string,
  act: (page: Page) => Promise<void>,
  session?: string,
): Promise<CapturedRequest> {
  const browser = await chromium.launch({ executablePath: chromiumPath });
  try {
    const context = await browser.newContext();
    if (session)
      await context.addCookies([{ name: "authjs.session-token", value: session, url: base, httpOnly: true }]);
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    const posted = page.waitForRequest((request) => request.method() === "POST");
    await act(page);
    const request = await posted;
    const headers = Object.fromEntries(
      Object.entries(await request.allHeaders()).filter(
        ([name]) => !DROPPED.has(name) && !name.startsWith(":"),
      ),
    );
    await page.waitForLoadState("networkidle");
    return { url: request.url(), headers, body: request.postData() ?? "" };
  } finally {
    await browser.close();
  }
}

/** A form as a browser without JavaScript posts it: multipart, `fields` in order. */
export async function multipartBody(fields: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const response = new Response(form);
  return { body: await response.text(), contentType: response.headers.get("content-type")! };
}
