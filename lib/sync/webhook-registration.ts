import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { openSecret, sealSecret } from "@/lib/security/secret-box";

export const REGISTRATION_ID = "mailerlite";
const SECRET_PURPOSE = "mailerlite-webhook-secret";

/**
 * The app's webhook as stored, with its secret in clear (null when none is kept, or it cannot be opened: the
 * next reconciliation pass then makes the webhook again). A secret an older version kept in clear is written
 * back sealed.
 */
export async function readWebhookWithSecret() {
  const stored = await db.webhookRegistration.findUnique({ where: { id: REGISTRATION_ID } });
  if (!stored?.secret) return stored;
  const opened = openSecret(stored.secret, SECRET_PURPOSE);
  if (opened && !opened.sealed) {
    await db.webhookRegistration.updateMany({
      where: { id: REGISTRATION_ID, secret: stored.secret },
      data: { secret: sealSecret(opened.value, SECRET_PURPOSE) },
    });
  }
  return { ...stored, secret: opened?.value ?? null };
}

/** The secrets a delivery may be signed with: the registered webhook's, and the one set by hand. */
export async function webhookSecrets(): Promise<string[]> {
  const registration = await readWebhookWithSecret();
  return [registration?.secret, env.MAILERLITE_WEBHOOK_SECRET].filter((s): s is string => Boolean(s));
}

/** What the app knows of its webhook, for /admin/sync (never the secret). */
export async function readWebhookRegistration() {
  return db.webhookRegistration.findUnique({
    where: { id: REGISTRATION_ID },
    select: {
      webhookId: true,
      url: true,
      registeredAt: true,
      checkedAt: true,
      error: true,
      deliveries: true,
      lastDeliveryAt: true,
      rejected: true,
      lastRejectedAt: true,
    },
  });
}

type RegistrationUpdate = {
  webhookId?: string | null;
  url?: string | null;
  secret?: string | null;
  registeredAt?: Date | null;
  error?: string | null;
};

/** Stores what the app knows of its webhook; the secret (given in clear) is kept sealed. */
export async function saveWebhookRegistration(update: RegistrationUpdate): Promise<void> {
  const { secret } = update;
  const data = {
    ...update,
    ...(secret ? { secret: sealSecret(secret, SECRET_PURPOSE) } : {}),
    checkedAt: new Date(),
  };
  await db.webhookRegistration.upsert({
    where: { id: REGISTRATION_ID },
    create: { id: REGISTRATION_ID, ...data },
    update: data,
  });
}

/** A delivery whose signature did not hold: counted for /admin/sync, nothing else kept. */
export async function countRejectedDelivery(): Promise<void> {
  const now = new Date();
  await db.webhookRegistration.upsert({
    where: { id: REGISTRATION_ID },
    create: { id: REGISTRATION_ID, rejected: 1, lastRejectedAt: now },
    update: { rejected: { increment: 1 }, lastRejectedAt: now },
  });
}
