import { createHmac, timingSafeEqual } from "node:crypto";

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/** hex(HMAC-SHA256(secret, body)): what MailerLite sends in a delivery's `Signature` header. */
export function signWebhookBody(secret: string, body: Uint8Array): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

/**
 * Whether `signature` is MailerLite's for exactly these bytes under one of `secrets`. Checked on the raw
 * bytes, before anything parses them (a re-serialised body would differ), in constant time.
 */
export function verifyWebhookSignature(
  body: Uint8Array,
  signature: string | null,
  secrets: readonly string[],
): boolean {
  const given = signature?.trim() ?? "";
  if (!HEX_SHA256.test(given)) return false;
  const expected = Buffer.from(given.toLowerCase(), "hex");
  let valid = false;
  for (const secret of secrets) {
    if (!secret) continue;
    const actual = Buffer.from(signWebhookBody(secret, body), "hex");
    // Every secret is tried, so the time taken does not tell which one (if any) matched.
    if (timingSafeEqual(actual, expected)) valid = true;
  }
  return valid;
}
