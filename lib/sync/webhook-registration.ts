import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const REGISTRATION_ID = "mailerlite";

/** The secrets a delivery may be signed with: the registered webhook's, and the one set by hand. */
export async function webhookSecrets(): Promise<string[]> {
  const registration = await db.webhookRegistration.findUnique({
    where: { id: REGISTRATION_ID },
    select: { secret: true },
  });
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

export async function saveWebhookRegistration(update: RegistrationUpdate): Promise<void> {
  const data = { ...update, checkedAt: new Date() };
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
