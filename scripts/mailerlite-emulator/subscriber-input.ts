import { isRecord } from "./api-result";
import {
  DEFAULT_FIELDS,
  isSubscriberStatus,
  type EmulatorState,
  type FieldValue,
  type SubscriberStatus,
} from "./emulator-state";

export type SubscriberInput = {
  email?: string;
  fields?: Record<string, FieldValue>;
  groupIds?: string[];
  status?: SubscriberStatus;
};

type Errors = [field: string, text: string][];

// Laravel's "email" rule is looser; requiring a dotted domain matches what MailerLite accepts in practice.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function readFields(value: unknown, errors: Errors): Record<string, FieldValue> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    errors.push(["fields", "The fields must be an array."]);
    return undefined;
  }
  const fields: Record<string, FieldValue> = {};
  for (const [name, v] of Object.entries(value)) {
    if (v !== null && typeof v !== "string" && typeof v !== "number") {
      errors.push([`fields.${name}`, `The fields.${name} must be a string.`]);
    } else if (DEFAULT_FIELDS.includes(name)) {
      fields[name] = v;
    }
  }
  return fields;
}

function readGroups(state: EmulatorState, value: unknown, errors: Errors): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.push(["groups", "The groups must be an array."]);
    return undefined;
  }
  const ids: string[] = [];
  value.forEach((item: unknown, i) => {
    const numeric =
      (typeof item === "string" && /^\d+$/.test(item)) ||
      (typeof item === "number" && Number.isInteger(item));
    if (!numeric) {
      errors.push([`groups.${i}`, `The groups.${i} must be a number.`]);
      return;
    }
    const id = String(item);
    if (!state.groups.has(id)) errors.push([`groups.${i}`, `The selected groups.${i} is invalid.`]);
    else ids.push(id);
  });
  return ids;
}

/** Validates a POST /subscribers or PUT /subscribers/{id} body, collecting every error like Laravel. */
export function readSubscriberInput(
  state: EmulatorState,
  body: unknown,
  requireEmail: boolean,
): { input: SubscriberInput; errors: Errors } {
  const errors: Errors = [];
  const raw = isRecord(body) ? body : {};
  const input: SubscriberInput = {};

  if (requireEmail) {
    const email = raw.email;
    if (email === undefined || email === null || email === "") {
      errors.push(["email", "The email field is required."]);
    } else if (typeof email !== "string" || !EMAIL.test(email.trim()) || email.length > 255) {
      errors.push(["email", "The email must be a valid email address."]);
    } else {
      input.email = email.trim().toLowerCase();
    }
  }

  input.fields = readFields(raw.fields, errors);
  input.groupIds = readGroups(state, raw.groups, errors);

  if (raw.status !== undefined) {
    if (isSubscriberStatus(raw.status)) {
      input.status = raw.status;
    } else {
      errors.push(["status", "The selected status is invalid."]);
    }
  }
  return { input, errors };
}
