import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SUBSCRIBER_STATUSES, type EmulatorState, type SavedAccount } from "./emulator-state";

const VERSION = 1;

const fieldValue = z.union([z.string(), z.number(), z.null()]);
const savedAccountSchema = z.object({
  version: z.literal(VERSION),
  lastId: z.string().regex(/^\d+$/).nullable(),
  subscribers: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      status: z.enum(SUBSCRIBER_STATUSES),
      source: z.string(),
      fields: z.record(z.string(), fieldValue),
      subscribed_at: z.string().nullable(),
      unsubscribed_at: z.string().nullable(),
      created_at: z.string(),
      updated_at: z.string(),
    }),
  ),
  groups: z.array(z.object({ id: z.string(), name: z.string(), created_at: z.string() })),
  memberships: z.array(z.tuple([z.string(), z.array(z.string())])),
  webhooks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      url: z.string(),
      events: z.array(z.string()),
      enabled: z.boolean(),
      batchable: z.boolean(),
      secret: z.string(),
      created_at: z.string(),
      updated_at: z.string(),
    }),
  ),
});

/** Restores the account kept in `file`, if there is one; a file that does not read as one stops the start. */
export function loadStateFile(file: string, state: EmulatorState): boolean {
  if (!existsSync(file)) return false;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `${file} is not the emulator's state (${error instanceof Error ? error.message : error})`,
    );
  }
  const parsed = savedAccountSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file} is not the emulator's state: ${z.prettifyError(parsed.error)}`);
  }
  const saved: SavedAccount = parsed.data;
  state.restore(saved);
  return true;
}

/** Writes the account to `file` whole, through a temporary file: a crash mid-write leaves the last one. */
export function saveStateFile(file: string, state: EmulatorState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: VERSION, ...state.save() }));
  renameSync(temporary, file);
}
