import { createIdGenerator } from "./id-generator";
import type { StoredWebhook } from "./webhook-store";

export const SUBSCRIBER_STATUSES = ["active", "unsubscribed", "unconfirmed", "bounced", "junk"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const isSubscriberStatus = (value: unknown): value is SubscriberStatus =>
  (SUBSCRIBER_STATUSES as readonly unknown[]).includes(value);

export const DEFAULT_FIELDS = ["name", "last_name", "company", "country", "city", "phone", "state", "z_i_p"];

export type FieldValue = string | number | null;

export type StoredSubscriber = {
  id: string;
  email: string;
  status: SubscriberStatus;
  source: string;
  fields: Record<string, FieldValue>;
  subscribed_at: string | null;
  unsubscribed_at: string | null;
  created_at: string;
  updated_at: string;
};

export type StoredGroup = { id: string; name: string; created_at: string };

export type SavedAccount = {
  lastId: string | null;
  subscribers: StoredSubscriber[];
  groups: StoredGroup[];
  memberships: [string, string[]][];
  webhooks: StoredWebhook[];
};

/** The emulated account. Tests may read it freely; change it only through the methods. */
export class EmulatorState {
  readonly subscribers = new Map<string, StoredSubscriber>();
  readonly groups = new Map<string, StoredGroup>();
  /** subscriber id → ids of its groups */
  readonly memberships = new Map<string, Set<string>>();
  readonly webhooks = new Map<string, StoredWebhook>();
  private readonly members = new Map<string, Set<string>>();
  private readonly idByEmail = new Map<string, string>();
  private nextIdFn: () => string;
  /** The latest id dealt: a restored account goes on after it, so no id is ever dealt twice. */
  private lastId: string | undefined;

  constructor(private readonly seed: number) {
    this.nextIdFn = createIdGenerator(seed);
  }

  nextId(): string {
    this.lastId = this.nextIdFn();
    return this.lastId;
  }

  /** The account as plain JSON (what a state file keeps). */
  save(): SavedAccount {
    return {
      lastId: this.lastId ?? null,
      subscribers: [...this.subscribers.values()],
      groups: [...this.groups.values()],
      memberships: [...this.memberships].map(([id, groups]) => [id, [...groups]]),
      webhooks: [...this.webhooks.values()],
    };
  }

  /** Replaces the account with a saved one. */
  restore(saved: SavedAccount): void {
    this.clear();
    for (const subscriber of saved.subscribers) this.addSubscriber(subscriber);
    for (const group of saved.groups) this.addGroup(group);
    for (const [subscriberId, groupIds] of saved.memberships) {
      for (const groupId of groupIds) this.join(subscriberId, groupId);
    }
    for (const webhook of saved.webhooks) this.webhooks.set(webhook.id, webhook);
    this.lastId = saved.lastId ?? undefined;
    this.nextIdFn = createIdGenerator(this.seed, this.lastId);
  }

  clear(): void {
    this.subscribers.clear();
    this.groups.clear();
    this.memberships.clear();
    this.webhooks.clear();
    this.members.clear();
    this.idByEmail.clear();
    this.lastId = undefined;
    this.nextIdFn = createIdGenerator(this.seed);
  }

  /** By numeric id, or by e-mail address (case-insensitive). */
  findSubscriber(idOrEmail: string): StoredSubscriber | undefined {
    const id = /^\d+$/.test(idOrEmail) ? idOrEmail : this.idByEmail.get(idOrEmail.toLowerCase());
    return id === undefined ? undefined : this.subscribers.get(id);
  }

  addSubscriber(subscriber: StoredSubscriber): void {
    this.subscribers.set(subscriber.id, subscriber);
    this.idByEmail.set(subscriber.email, subscriber.id);
  }

  removeSubscriber(id: string): void {
    const subscriber = this.subscribers.get(id);
    if (!subscriber) return;
    for (const groupId of this.memberships.get(id) ?? []) this.members.get(groupId)?.delete(id);
    this.memberships.delete(id);
    this.idByEmail.delete(subscriber.email);
    this.subscribers.delete(id);
  }

  addGroup(group: StoredGroup): void {
    this.groups.set(group.id, group);
  }

  removeGroup(id: string): void {
    for (const subscriberId of this.members.get(id) ?? []) this.memberships.get(subscriberId)?.delete(id);
    this.members.delete(id);
    this.groups.delete(id);
  }

  join(subscriberId: string, groupId: string): void {
    setOf(this.memberships, subscriberId).add(groupId);
    setOf(this.members, groupId).add(subscriberId);
  }

  leave(subscriberId: string, groupId: string): void {
    this.memberships.get(subscriberId)?.delete(groupId);
    this.members.get(groupId)?.delete(subscriberId);
  }

  groupsOf(subscriberId: string): StoredGroup[] {
    return [...(this.memberships.get(subscriberId) ?? [])].flatMap((id) => this.groups.get(id) ?? []);
  }

  membersOf(groupId: string): StoredSubscriber[] {
    return [...(this.members.get(groupId) ?? [])].flatMap((id) => this.subscribers.get(id) ?? []);
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}
