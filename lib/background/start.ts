import "server-only";
import { deliverDueMails } from "@/lib/email/deliver-due-mails";
import { purgeSentMails } from "@/lib/data/outbound-mail";
import { runLoop } from "./run-loop";

const globalForWork = globalThis as unknown as { backgroundStops?: (() => Promise<void>)[] };

/** Starts this process's background work once: mail delivery (and housekeeping). */
export function startBackgroundWork(): () => Promise<void> {
  if (!globalForWork.backgroundStops) {
    globalForWork.backgroundStops = [
      runLoop("mail", deliverDueMails, 1000),
      runLoop("housekeeping", purgeSentMails, 60 * 60 * 1000),
    ];
  }
  const stops = globalForWork.backgroundStops;
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
