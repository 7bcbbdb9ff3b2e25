import type { EmulatorState, StoredGroup, StoredSubscriber } from "./emulator-state";
import { DEFAULT_FIELDS } from "./emulator-state";
import { formatTimestamp } from "./timestamp";

const zeroRate = () => ({ float: 0, string: "0%" });

/** A group as MailerLite returns it, with counts computed from the memberships. */
export function presentGroup(state: EmulatorState, group: StoredGroup) {
  const count = (status: string) => state.membersOf(group.id).filter((s) => s.status === status).length;
  return {
    id: group.id,
    name: group.name,
    active_count: count("active"),
    sent_count: 0,
    opens_count: 0,
    open_rate: zeroRate(),
    clicks_count: 0,
    click_rate: zeroRate(),
    unsubscribed_count: count("unsubscribed"),
    unconfirmed_count: count("unconfirmed"),
    bounced_count: count("bounced"),
    junk_count: count("junk"),
    created_at: group.created_at,
  };
}

/** A subscriber as MailerLite returns it; list items leave out `groups` unless asked for. */
export function presentSubscriber(state: EmulatorState, subscriber: StoredSubscriber, withGroups = true) {
  const fields = Object.fromEntries(DEFAULT_FIELDS.map((name) => [name, subscriber.fields[name] ?? null]));
  return {
    id: subscriber.id,
    email: subscriber.email,
    status: subscriber.status,
    source: subscriber.source,
    sent: 0,
    opens_count: 0,
    clicks_count: 0,
    open_rate: 0,
    click_rate: 0,
    ip_address: null,
    subscribed_at: subscriber.subscribed_at,
    unsubscribed_at: subscriber.unsubscribed_at,
    created_at: subscriber.created_at,
    updated_at: subscriber.updated_at,
    fields,
    ...(withGroups ? { groups: state.groupsOf(subscriber.id).map((g) => presentGroup(state, g)) } : {}),
    opted_in_at: null,
    optin_ip: null,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A subscriber being forgotten (GDPR erasure): deleted now, its data erased for good 30 days on. */
export function presentForgottenSubscriber(
  state: EmulatorState,
  subscriber: StoredSubscriber,
  now: number,
  withGroups = true,
) {
  return {
    ...presentSubscriber(state, subscriber, withGroups),
    deleted_at: formatTimestamp(now),
    forget_at: formatTimestamp(now + 30 * DAY_MS),
  };
}
