import "server-only";
import { env } from "@/lib/env";
import { SyncWorker } from "./sync-worker";

/** The sync worker for this configuration, or null while no MailerLite key is set (changes wait). */
export function createConfiguredSyncWorker(): SyncWorker | null {
  if (!env.MAILERLITE_API_KEY) return null;
  return new SyncWorker({
    baseUrl: env.MAILERLITE_API_URL,
    apiKey: env.MAILERLITE_API_KEY,
    requestsPerWindow: env.MAILERLITE_RATE_LIMIT,
    reconcileEveryMs: env.MAILERLITE_RECONCILE_MINUTES * 60_000,
    // A webhook made by hand in MailerLite's dashboard comes with its own secret: the app then registers none.
    webhookUrl: env.MAILERLITE_WEBHOOK_SECRET ? null : `${env.APP_URL}/api/webhooks/mailerlite`,
  });
}
