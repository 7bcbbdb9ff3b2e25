import "server-only";
import { randomUUID } from "node:crypto";
import { composeMail } from "@/lib/auth/compose-link-mail";
import { purgeExpiredSessionsAndLinks } from "@/lib/auth/purge-expired";
import { deliverDueMails } from "@/lib/email/deliver-due-mails";
import { purgeOldMailAttempts } from "@/lib/email/mail-limits";
import { purgeSentMails } from "@/lib/email/mail-outbox";
import { closeMailTransport } from "@/lib/email/transport";
import { purgeAbandonedImports } from "@/lib/member-import/purge-abandoned-imports";
import { runImportStep } from "@/lib/member-import/run-import";
import { fillMissingSearchText } from "@/lib/members/fill-search-text";
import { purgeUnconfirmedMembers } from "@/lib/members/purge-unconfirmed-members";
import { backgroundWork } from "@/lib/outbox/background-work";
import { createConfiguredSyncWorker } from "@/lib/sync/worker/configured-sync-worker";
import { processWebhookInbox } from "@/lib/sync/webhooks/process-webhook-inbox";
import { purgeOldWebhookEvents } from "@/lib/sync/webhooks/webhook-inbox";
import { runLoop } from "./run-loop";

/** This process, as the owner of the import it works on. */
const IMPORTER = `imports-${randomUUID()}`;

/** Imports a chunk after another, each step short so that stopping waits little. */
async function runImportsFor(owner: string): Promise<void> {
  if (await runImportStep(owner)) backgroundWork.wake();
}

const globalForWork = globalThis as unknown as { backgroundStop?: () => Promise<void> };

/**
 * Starts this process's background work once: mail delivery, the MailerLite sync and housekeeping.
 * Returns a function that stops it after the work in flight.
 */
export function startBackgroundWork(): () => Promise<void> {
  if (globalForWork.backgroundStop) return globalForWork.backgroundStop;
  const sync = createConfiguredSyncWorker();
  if (sync) console.log(`[sync] this process syncs as ${sync.owner}`);
  const stops = [
    runLoop("mail", () => deliverDueMails(composeMail), 1000),
    runLoop("webhooks", processWebhookInbox, 1000),
    runLoop("imports", () => runImportsFor(IMPORTER), 1000),
    runLoop(
      "housekeeping",
      () =>
        Promise.all([
          purgeSentMails(),
          purgeOldWebhookEvents(),
          purgeAbandonedImports(),
          purgeOldMailAttempts(),
          purgeUnconfirmedMembers(),
          purgeExpiredSessionsAndLinks(),
          fillMissingSearchText(),
        ]),
      60 * 60 * 1000,
    ),
    ...(sync
      ? [
          runLoop(
            "sync",
            async () => {
              // Members' changes first; one reconciliation call between passes, while any is due.
              for (;;) {
                const synced = await sync.runOnce();
                const reconciled = await sync.reconcileStep();
                if (synced === 0 && !reconciled) break;
              }
            },
            1000,
          ),
        ]
      : []),
  ];
  globalForWork.backgroundStop = async () => {
    sync?.stop();
    await Promise.all(stops.map((stop) => stop()));
    closeMailTransport();
  };
  return globalForWork.backgroundStop;
}
