import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "./webhook-signature";

const secret = "whsec-4f1c0b2e";
const bytes = (text: string) => new TextEncoder().encode(text);
const sign = (body: string | Uint8Array, key = secret) =>
  createHmac("sha256", key).update(body).digest("hex");

describe("verifyWebhookSignature", () => {
  // As MailerLite sends it: spacing and escapes of its own, letters beyond ASCII.
  const raw =
    '{"events": [ {"type":"subscriber.unsubscribed","subscriber":{"id":"9","email":"zoë@club.test","fields":{"name":"Zoë \\u00c5sa"}}}]}\n';

  it("accepts MailerLite's signature of the exact bytes, unicode and whitespace included", () => {
    expect(verifyWebhookSignature(bytes(raw), sign(raw), [secret])).toBe(true);
    expect(verifyWebhookSignature(bytes(raw), sign(raw).toUpperCase(), [secret])).toBe(true);
    expect(verifyWebhookSignature(bytes(raw), ` ${sign(raw)} `, [secret])).toBe(true);
  });

  it("refuses the same JSON re-serialised, or with its whitespace or letters changed", () => {
    const reserialised = JSON.stringify(JSON.parse(raw));
    expect(reserialised).not.toBe(raw);
    expect(verifyWebhookSignature(bytes(reserialised), sign(raw), [secret])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw.trimEnd()), sign(raw), [secret])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw.normalize("NFD")), sign(raw), [secret])).toBe(false);
  });

  it("refuses a missing, malformed, or wrongly keyed signature", () => {
    expect(verifyWebhookSignature(bytes(raw), null, [secret])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw), "", [secret])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw), "sha256=" + sign(raw), [secret])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw), sign(raw).slice(0, 63), [secret])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw), sign(raw, "another-secret"), [secret])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw), sign(raw), [])).toBe(false);
    expect(verifyWebhookSignature(bytes(raw), sign(raw, ""), [""])).toBe(false);
  });

  it("accepts any of the configured secrets (the registered one and one set by hand)", () => {
    expect(verifyWebhookSignature(bytes(raw), sign(raw, "hand-set"), [secret, "hand-set"])).toBe(true);
  });

  it("signs bytes, not text: a body that is not valid UTF-8 is still checked as sent", () => {
    const odd = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    expect(verifyWebhookSignature(odd, sign(odd), [secret])).toBe(true);
    expect(verifyWebhookSignature(odd, sign(Buffer.from(new TextDecoder().decode(odd))), [secret])).toBe(
      false,
    );
  });
});
