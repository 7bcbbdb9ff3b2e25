import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** Marks a sealed value and its format: AES-256-GCM, 12-byte IV and 16-byte tag before the ciphertext. */
const PREFIX = "enc:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key of its own for each purpose, derived from AUTH_SECRET (HKDF-SHA256): a copy of the database opens nothing. */
function keyFor(purpose: string, authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "bookclub secret box", purpose, 32));
}

/** Encrypts a secret the app must read back later (one it cannot keep as a hash). */
export function sealSecret(plain: string, purpose: string, authSecret: string = env.AUTH_SECRET): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose, authSecret), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
}

export type OpenedSecret = { value: string; sealed: boolean };

/**
 * The secret `stored` holds: sealed by sealSecret, or kept in clear by an older version (`sealed: false`, to be
 * written back sealed). Null when it cannot be opened: altered, or sealed under another AUTH_SECRET.
 */
export function openSecret(
  stored: string,
  purpose: string,
  authSecret: string = env.AUTH_SECRET,
): OpenedSecret | null {
  if (!stored.startsWith(PREFIX)) return { value: stored, sealed: false };
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose, authSecret), raw.subarray(0, IV_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return { value: plain.toString("utf8"), sealed: true };
  } catch {
    return null;
  }
}
