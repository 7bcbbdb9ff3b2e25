// @module-tag database
import { beforeEach, expect, it } from "vitest";
import { emulatorForTests } from "@/test/support/emulator-for-tests";
import { manualTimeouts } from "@/test/support/manual-timeouts";

const { db } = await import("@/lib/db");
const { memberActions: members, actingAs } = await import("@/test/support/member-actions");
const { SyncWorker } = await import("@/lib/sync/worker/sync-worker");
const { queueReconcileRun } = await import("@/lib/sync/reconcile-runs");
const { clearSyncTables } = await import("@/test/support/clear-sync-tables");
const { isNewsletterStop } = await import("@/lib/members/newsletter-stop");
const { describeNewsletterStop } =
  await import("@/app/(member)/profile/_components/describe-newsletter-stop");

const mailerlite = emulatorForTests();
const worker = () =>
  new SyncWorker({
    baseUrl: mailerlite.emulator.url,
    apiKey: "test-key",
    retryBaseMs: 10,
    retryMaxMs: 50,
    log: () => {},
    // The emulator answers in this process: a busy machine must not time a request out.
    startTimeout: manualTimeouts().startTimeout,
  });

async function confirmedMember(email: string) {
  await members.signUp(
    { email, firstName: "Ada", lastName: "Lovelace", newsletter: true, interests: ["seed_romance"] },
    "10.0.0.2",
  );
  const member = await db.user.findUniqueOrThrow({ where: { email } });
  await members.confirmMemberEmail(member.id);
  actingAs.id = member.id;
  return member;
}

/** Something done inside MailerLite, through the emulator's control endpoint; `deliver: false` loses its webhook. */
async function inMailerLite(email: string, action: "delete" | "unsubscribe", deliver: boolean) {
  const base = mailerlite.emulator.url.replace(/\/api$/, "");
  const response = await fetch(`${base}/__emulator/subscribers/${encodeURIComponent(email)}/${action}`, {
    method: "POST",
    body: JSON.stringify({ deliver }),
  });
  expect(response.status).toBeLessThan(300);
}

/** The background loop as the app runs it: the members' sync first, one reconciliation call between passes. */
async function runBackground(w: InstanceType<typeof SyncWorker>, until?: () => Promise<boolean>) {
  for (;;) {
    if (until && (await until())) return;
    const synced = await w.runOnce();
    const reconciled = await w.reconcileStep();
    if (synced === 0 && !reconciled) return;
  }
}

/** "Reconcile now", then the background work until it is idle; the pass it ran. */
async function reconcileNow(w: InstanceType<typeof SyncWorker>) {
  await queueReconcileRun("admin");
  await runBackground(w);
  return db.reconcileRun.findFirstOrThrow({ orderBy: { requestedAt: "desc" } });
}

const memberState = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { newsletter: true, newsletterStop: true, newsletterStoppedAt: true, mailerliteId: true },
  });

/** What the member reads under the newsletter box. */
async function stopSentence(id: string): Promise<string | null> {
  const { newsletterStop, newsletterStoppedAt } = await memberState(id);
  if (!isNewsletterStop(newsletterStop) || !newsletterStoppedAt) return null;
  return describeNewsletterStop({ reason: newsletterStop, at: newsletterStoppedAt });
}

/** Calls after `from` that would make `email` an active subscriber again. */
const reactivations = (email: string, from: number) =>
  mailerlite.emulator.requests.slice(from).filter((r) => {
    const body = (r.body ?? {}) as { email?: string; status?: string };
    return (
      r.method === "POST" && r.path === "/api/subscribers" && body.email === email && body.status === "active"
    );
  });

beforeEach(clearSyncTables);

it("a subscriber deleted in MailerLite whose webhook was lost: Reconcile now turns the newsletter off and counts it missing", async () => {
  const w = worker();
  const member = await confirmedMember("lost.delete@club.test");
  await runBackground(w);
  expect((await memberState(member.id)).mailerliteId).not.toBeNull();
  await inMailerLite("lost.delete@club.test", "delete", false);

  const pass = await reconcileNow(w);
  expect(pass).toMatchObject({ state: "done", missing: 1 });
  expect(await memberState(member.id)).toMatchObject({
    newsletter: false,
    newsletterStop: "deleted",
    mailerliteId: null,
  });
  expect(await stopSentence(member.id)).toMatch(/removed in our mailing service/);
  expect(mailerlite.emulator.state.findSubscriber("lost.delete@club.test")).toBeUndefined();
  expect((await db.memberSync.findUniqueOrThrow({ where: { memberId: member.id } })).state).toBe("synced");

  // The next pass finds nothing more.
  expect(await reconcileNow(w)).toMatchObject({ state: "done", missing: 0 });
});

it("MailerLite lost its groups too (the local emulator restarted): members the groups phase queued are still checked", async () => {
  const w = worker();
  const member = await confirmedMember("restart@club.test");
  await runBackground(w);
  mailerlite.emulator.reset(); // a restart: an empty account, and the same ids dealt again

  const pass = await reconcileNow(w);
  expect(pass.missing).toBe(1);
  expect(await memberState(member.id)).toMatchObject({ newsletter: false, newsletterStop: "deleted" });
  expect(mailerlite.emulator.state.findSubscriber("restart@club.test")).toBeUndefined();
});

it("a member whose sync failed (MailerLite refused a change) is checked too", async () => {
  const w = worker();
  const member = await confirmedMember("failed@club.test");
  await runBackground(w);
  await db.memberSync.update({
    where: { memberId: member.id },
    data: { state: "failed", lastError: "The name must be at most 255 characters." },
  });
  await inMailerLite("failed@club.test", "delete", false);

  expect((await reconcileNow(w)).missing).toBe(1);
  expect(await memberState(member.id)).toMatchObject({ newsletter: false, newsletterStop: "deleted" });
});

it("never undoes an unsubscribe: a member MailerLite unsubscribed keeps it when the subscriber disappears, and nothing re-activates it", async () => {
  const w = worker();
  const member = await confirmedMember("stays.off@club.test");
  await runBackground(w);
  await inMailerLite("stays.off@club.test", "unsubscribe", false);
  await reconcileNow(w);
  const unsubscribed = await memberState(member.id);
  expect(unsubscribed).toMatchObject({ newsletter: false, newsletterStop: "unsubscribed" });
  const before = mailerlite.emulator.requests.length;

  await inMailerLite("stays.off@club.test", "delete", false);
  expect((await reconcileNow(w)).missing).toBe(0);
  expect(await memberState(member.id)).toEqual(unsubscribed);
  expect(await stopSentence(member.id)).toMatch(/You unsubscribed from the newsletter/);
  expect(reactivations("stays.off@club.test", before)).toEqual([]);
});

it("a subscriber made while the pass was walking (so not listed) is read back and left alone", async () => {
  const w = worker();
  await queueReconcileRun("admin");
  const walkedActive = async () => {
    const run = await db.reconcileRun.findFirstOrThrow();
    return (
      run.state === "running" && run.phase !== "webhook" && run.phase !== "groups" && run.phase !== "active"
    );
  };
  await runBackground(w, walkedActive);
  const member = await confirmedMember("newcomer@club.test");
  const before = mailerlite.emulator.requests.length;
  await runBackground(w);

  const pass = await db.reconcileRun.findFirstOrThrow();
  expect(pass).toMatchObject({ state: "done", missing: 0 });
  expect(await memberState(member.id)).toMatchObject({ newsletter: true, newsletterStop: null });
  const subscriberId = (await memberState(member.id)).mailerliteId;
  expect(
    mailerlite.emulator.requests
      .slice(before)
      .filter((r) => r.method === "GET" && r.path === `/api/subscribers/${subscriberId}`),
  ).toHaveLength(1);
});
