// @module-tag database
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { startMailerLiteEmulator, type MailerLiteEmulator } from "@/scripts/mailerlite-emulator";
import { fastForwardClock } from "@/test/support/fast-forward-clock";
import { manualTimeouts } from "@/test/support/manual-timeouts";

const { db } = await import("@/lib/db");
const { memberActions: members, actingAs } = await import("@/test/support/member-actions");
const { SyncWorker, MAILERLITE_KEY_REJECTED } = await import("@/lib/sync/worker/sync-worker");
const { readSyncStatus } = await import("@/lib/sync/sync-status");
const { deleteMember } = await import("@/lib/members/delete-member");
const { queueReconcileRun } = await import("@/lib/sync/reconcile-runs");
const { WEBHOOK_EVENTS } = await import("@/lib/sync/reconcile/ensure-webhook");
const { createMailerLiteClient } = await import("@/lib/mailerlite");
const { clearSyncTables } = await import("@/test/support/clear-sync-tables");

let emulator: MailerLiteEmulator;
/** The workers' and MailerLite's time: leases, retries and rate windows pass when the test moves it. */
const clock = fastForwardClock();
/**
 * The emulator answers in this process, so on a busy machine a real 10 s timer could expire while it is still
 * answering: a request here times out only when a test expires it.
 */
const { startTimeout } = manualTimeouts();
const worker = (apiKey = "test-key") =>
  new SyncWorker({
    baseUrl: emulator.url,
    apiKey,
    retryBaseMs: 10,
    retryMaxMs: 50,
    log: () => {},
    clock,
    startTimeout,
  });

async function confirmedMember(email: string, newsletter = true) {
  await members.signUp(
    { email, firstName: "Ada", lastName: "Lovelace", newsletter, interests: ["seed_romance"] },
    "10.0.0.2",
  );
  const member = await db.user.findUniqueOrThrow({ where: { email } });
  await members.confirmMemberEmail(member.id);
  actingAs.id = member.id;
  return member;
}

const drain = async (w: InstanceType<typeof SyncWorker>) => {
  while ((await w.runOnce()) > 0);
};

beforeAll(async () => {
  emulator = await startMailerLiteEmulator({ now: () => clock.now().getTime() });
});
afterAll(async () => emulator?.close());
beforeEach(async () => {
  await clearSyncTables();
  emulator.reset();
});

it("ten quick toggles of one checkbox end in at most one call", async () => {
  const member = await confirmedMember("toggler@club.test");
  await drain(worker());
  const before = emulator.requests.length;
  for (let i = 0; i < 10; i += 1) {
    await members.setOwnPreference({ kind: "interest", interestId: "seed_true_crime", value: i % 2 === 0 });
  }
  await drain(worker());
  const calls = emulator.requests.slice(before);
  expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([]);

  await members.setOwnPreference({ kind: "interest", interestId: "seed_true_crime", value: true });
  await drain(worker());
  const trueCrime = await db.interest.findUniqueOrThrow({ where: { id: "seed_true_crime" } });
  const { mailerliteId } = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect(emulator.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
    `POST /api/subscribers/${mailerliteId}/groups/${trueCrime.groupId}`,
  ]);
});

it("a rejected key pauses all sync, drops nothing, and a new key resumes it", async () => {
  const member = await confirmedMember("paused@club.test");
  await drain(worker("wrong-key"));
  expect((await readSyncStatus())?.pausedReason).toBe(MAILERLITE_KEY_REJECTED);
  const attempts = emulator.requests.length;
  await drain(worker("wrong-key"));
  expect(emulator.requests.length).toBe(attempts);
  expect((await db.memberSync.findUniqueOrThrow({ where: { memberId: member.id } })).state).toBe("pending");

  await drain(worker("test-key"));
  expect((await db.memberSync.findUniqueOrThrow({ where: { memberId: member.id } })).state).toBe("synced");
  expect([...emulator.state.subscribers.values()].map((s) => s.email)).toEqual(["paused@club.test"]);
  expect((await readSyncStatus())?.pausedReason).toBeNull();
});

it("an address MailerLite keeps unsubscribed is looked up, never re-activated: the member's newsletter goes off with the reason", async () => {
  const client = (await import("@/lib/mailerlite")).createMailerLiteClient({
    baseUrl: emulator.url,
    apiKey: "test-key",
  });
  // Unsubscribed in MailerLite before the member joined the club's app (a MailerLite form, long ago).
  await client.send({
    method: "POST",
    path: "/subscribers",
    body: { email: "gone@club.test", status: "unsubscribed", groups: [] },
  });
  const existing = emulator.state.findSubscriber("gone@club.test")!;
  const member = await confirmedMember("gone@club.test");
  const before = emulator.requests.length;
  await drain(worker());

  const calls = emulator.requests
    .slice(before)
    .map((r) => `${r.method} ${r.path} ${r.status}`)
    .filter((call) => !call.includes("/api/groups"));
  // One upsert refused as "cannot be imported", one read by address, then the member's groups: no loop.
  expect(calls.slice(0, 2)).toEqual([
    "POST /api/subscribers 422",
    "GET /api/subscribers/gone%40club.test 200",
  ]);
  expect(calls.filter((c) => c.startsWith("POST /api/subscribers "))).toHaveLength(1);
  expect(emulator.state.findSubscriber("gone@club.test")?.status).toBe("unsubscribed");
  const after = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect(after).toMatchObject({
    newsletter: false,
    newsletterStop: "unsubscribed",
    mailerliteId: existing.id,
  });
  expect((await db.memberSync.findUniqueOrThrow({ where: { memberId: member.id } })).state).toBe("synced");

  // Ticking it again is refused with what to do instead; nothing is sent.
  const sent = emulator.requests.length;
  await expect(members.setOwnPreference({ kind: "newsletter", value: true })).rejects.toThrow(
    /does not let the club subscribe an address again/,
  );
  await drain(worker());
  expect(emulator.requests.length).toBe(sent);
});

it("unticking the newsletter deletes the subscriber and drops its id; deleting the member erases it by id (forget)", async () => {
  const keeper = await confirmedMember("keeper@club.test");
  await drain(worker());
  const { mailerliteId } = await db.user.findUniqueOrThrow({ where: { id: keeper.id } });
  expect(mailerliteId).toMatch(/^\d{16,18}$/);

  await members.setOwnPreference({ kind: "newsletter", value: false });
  await drain(worker());
  expect(emulator.requests.at(-1)).toMatchObject({
    method: "DELETE",
    path: `/api/subscribers/${mailerliteId}`,
  });
  expect((await db.user.findUniqueOrThrow({ where: { id: keeper.id } })).mailerliteId).toBeNull();

  await members.setOwnPreference({ kind: "newsletter", value: true });
  await drain(worker());
  const again = (await db.user.findUniqueOrThrow({ where: { id: keeper.id } })).mailerliteId;
  expect(again).not.toBe(mailerliteId);

  const beforeDeletion = emulator.requests.length;
  await members.deleteOwnAccount();
  await drain(worker());
  expect(emulator.requests.slice(beforeDeletion).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    `POST /api/subscribers/${again}/forget 200`,
  ]);
  expect(emulator.state.findSubscriber(again!)).toBeUndefined();
  expect(emulator.state.findSubscriber("keeper@club.test")).toBeUndefined();
  expect(emulator.state.subscribers.size).toBe(0);
  expect(await db.memberSync.count()).toBe(0);
});

it("a member deleted by an admin while their subscriber's id is unknown is found by e-mail, then erased by id", async () => {
  const member = await confirmedMember("lost@club.test");
  emulator.setFaults({ dropAfterApplyRate: 1, match: "^POST /api/subscribers$" });
  await drain(worker());
  emulator.setFaults({});
  const [subscriber] = [...emulator.state.subscribers.values()];
  expect(subscriber?.email).toBe("lost@club.test");
  expect((await db.memberSync.findUniqueOrThrow({ where: { memberId: member.id } })).remoteState).toBe(
    "unknown",
  );

  const beforeDeletion = emulator.requests.length;
  await deleteMember(member.id, { kind: "admin", ref: "chair" }, "admin.deleted_member", {
    departure: "admin",
  });
  // The read-back waits twice the request timeout (10 s by default): an answer may still be on its way.
  await drain(worker());
  expect(await db.memberSync.count()).toBe(1);
  clock.advance(20_000);
  await drain(worker());
  expect(await db.memberSync.count()).toBe(0);
  const subscriberCalls = emulator.requests
    .slice(beforeDeletion)
    .filter((r) => r.path.startsWith("/api/subscribers"));
  expect(subscriberCalls.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    `GET /api/subscribers/lost%40club.test 200`,
    `POST /api/subscribers/${subscriber!.id}/forget 200`,
  ]);
  expect(emulator.state.subscribers.size).toBe(0);
});

it("a group deleted in MailerLite is found missing, created again, and the member synced", async () => {
  const member = await confirmedMember("regroup@club.test");
  await drain(worker());
  const romance = await db.interest.findUniqueOrThrow({ where: { id: "seed_romance" } });
  emulator.state.removeGroup(romance.groupId!);
  await members.setOwnPreference({ kind: "newsletter", value: false });
  await drain(worker());
  await members.setOwnPreference({ kind: "newsletter", value: true });
  await drain(worker());
  await drain(worker());
  const newGroup = (await db.interest.findUniqueOrThrow({ where: { id: "seed_romance" } })).groupId;
  expect(newGroup).not.toBe(romance.groupId);
  const { mailerliteId } = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect([...(emulator.state.memberships.get(mailerliteId!) ?? [])]).toEqual([newGroup]);
  expect((await db.memberSync.findUniqueOrThrow({ where: { memberId: member.id } })).state).toBe("synced");
});

it("leaves alone the groups in MailerLite that are not interests", async () => {
  const member = await confirmedMember("vip@club.test");
  await drain(worker());
  const client = (await import("@/lib/mailerlite")).createMailerLiteClient({
    baseUrl: emulator.url,
    apiKey: "test-key",
  });
  const { mailerliteId } = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  const vip = await (await import("@/lib/mailerlite")).createGroup(client, "VIP");
  await client.send({ method: "POST", path: `/subscribers/${mailerliteId}/groups/${vip.id}` });
  await members.setOwnPreference({ kind: "interest", interestId: "seed_biographies", value: true });
  await members.setOwnPreference({ kind: "interest", interestId: "seed_romance", value: false });
  await drain(worker());
  const biographies = (await db.interest.findUniqueOrThrow({ where: { id: "seed_biographies" } })).groupId;
  expect([...(emulator.state.memberships.get(mailerliteId!) ?? [])].sort()).toEqual(
    [biographies, vip.id].sort(),
  );
});

it("an address deleted and signed up again before the deletion synced keeps its new subscription", async () => {
  await confirmedMember("again@club.test");
  await drain(worker());
  await members.deleteOwnAccount();
  const member = await confirmedMember("again@club.test");
  await drain(worker());
  await drain(worker());
  const { mailerliteId } = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  expect([...emulator.state.subscribers.values()].map((s) => [s.id, s.email])).toEqual([
    [mailerliteId, "again@club.test"],
  ]);
  expect(await db.memberSync.count({ where: { deleted: true } })).toBe(0);
});

it("many pending members go out as an import batch, the rest one by one within the rate limit", async () => {
  const users = await db.user.createManyAndReturn({
    data: Array.from({ length: 60 }, (_, i) => ({
      email: `bulk${i}@club.test`,
      firstName: `Bulk ${i}`,
      newsletter: true,
      emailVerified: new Date(),
    })),
    select: { id: true },
  });
  await db.memberSync.createMany({ data: users.map((user) => ({ memberId: user.id })) });
  const bulk = new SyncWorker({
    baseUrl: emulator.url,
    apiKey: "test-key",
    requestsPerWindow: 20,
    importsPerWindow: 1,
    windowMs: 500,
    log: () => {},
    clock,
    startTimeout,
  });
  // On a busy machine a member can miss a pass (its lease or the rate window still running on the clock):
  // the injected clock moves on a second, at most a minute in all, until every member is synced.
  const unsynced = () => db.memberSync.count({ where: { state: { not: "synced" } } });
  await drain(bulk);
  for (let round = 0; round < 60 && (await unsynced()) > 0; round += 1) {
    clock.advance(1000);
    await drain(bulk);
  }
  expect(emulator.state.subscribers.size).toBe(60);
  expect(await unsynced()).toBe(0);
  const calls = emulator.requests.filter(
    (r) => r.path.startsWith("/api/subscribers") || r.path === "/api/batch",
  );
  expect(calls.filter((r) => r.path === "/api/batch").length).toBeGreaterThanOrEqual(1);
  expect(calls.filter((r) => r.status === 429)).toEqual([]);
});

it("two workers at once create each interest's group once", async () => {
  await Promise.all([worker().runOnce(), worker().runOnce(), worker().runOnce()]);
  expect([...emulator.state.groups.values()].map((group) => group.name).sort()).toEqual([
    "Biographies",
    "Romance",
    "True crime",
  ]);
});

const reconcile = async (w: InstanceType<typeof SyncWorker>) => {
  await queueReconcileRun(null);
  while (await w.reconcileStep());
};

it("a group create whose answer came too late (it landed after a retry) leaves one group per interest", async () => {
  // Every create is held until the test releases it, and the worker gives up on it once it hangs: the sync
  // only ever sees lost answers, and a retry makes a second group before the first one lands.
  emulator.setFaults({ hangRate: 1, hangMs: 10 * 60_000, match: "^POST /api/groups$" });
  const timeouts = manualTimeouts();
  const impatient = new SyncWorker({
    baseUrl: emulator.url,
    apiKey: "test-key",
    log: () => {},
    clock,
    startTimeout: timeouts.startTimeout,
  });
  const creates = () => emulator.requests.filter((r) => r.method === "POST" && r.path === "/api/groups");
  for (const attempt of [1, 2]) {
    const pass = impatient.runOnce();
    await expect.poll(() => creates().length).toBe(attempt);
    timeouts.expireAll();
    await pass;
  }
  expect(emulator.state.groups.size).toBe(0);
  emulator.releaseHangs();
  await expect.poll(() => creates().every((r) => r.status === 201)).toBe(true);
  emulator.setFaults({});
  expect(emulator.state.groups.size).toBe(2);

  await drain(impatient);
  expect(await db.interest.count({ where: { groupId: null } })).toBe(0);
  expect(emulator.state.groups.size).toBe(4);
  await reconcile(impatient);
  const interests = await db.interest.findMany({ select: { name: true, groupId: true } });
  expect([...emulator.state.groups.values()].map((g) => [g.name, g.id]).sort()).toEqual(
    interests.map((i) => [i.name, i.groupId]).sort(),
  );
});

it("a second webhook with the app's address (a create whose answer was lost) is deleted", async () => {
  const url = "http://club.test/api/webhooks/mailerlite";
  const client = createMailerLiteClient({ baseUrl: emulator.url, apiKey: "test-key" });
  const hooked = new SyncWorker({
    baseUrl: emulator.url,
    apiKey: "test-key",
    webhookUrl: url,
    log: () => {},
    clock,
    startTimeout,
  });
  await reconcile(hooked);
  const mine = await db.webhookRegistration.findFirstOrThrow();
  const twin = { name: "Book club members", url, events: WEBHOOK_EVENTS, batchable: true };
  await client.send({ method: "POST", path: "/webhooks", body: twin });
  expect([...emulator.state.webhooks.values()].filter((w) => w.url === url)).toHaveLength(2);
  await reconcile(hooked);
  expect([...emulator.state.webhooks.values()].filter((w) => w.url === url).map((w) => w.id)).toEqual([
    mine.webhookId,
  ]);
});

it("a worker that dies with a first upsert in flight leaves no subscriber behind once the member opts out", async () => {
  await worker().runOnce(); // the interests' groups
  await confirmedMember("inflight@club.test");
  // Its request reaches MailerLite, its answer never comes back: a process killed mid-call.
  const dying = new SyncWorker({
    baseUrl: emulator.url,
    apiKey: "test-key",
    leaseMs: 60_000,
    log: () => {},
    clock,
    fetch: (input, init) => {
      void fetch(input, init);
      return new Promise<Response>(() => {});
    },
  });
  void dying.runOnce();
  await expect.poll(() => emulator.state.subscribers.size).toBe(1);
  dying.stop(); // like SIGKILL: nothing more is written, its leases run out
  await members.setOwnPreference({ kind: "newsletter", value: false });
  await drain(worker());
  expect(emulator.state.subscribers.size).toBe(1);
  clock.advance(60_001);
  await drain(worker());
  expect([...emulator.state.subscribers.values()].map((s) => s.email)).toEqual([]);
});
