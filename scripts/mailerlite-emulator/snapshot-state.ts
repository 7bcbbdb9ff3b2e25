import type { EmulatorState } from "./emulator-state";
import { presentGroup } from "./present";

/** The whole account as plain JSON, for GET /__emulator/state. */
export function snapshotState(state: EmulatorState) {
  return {
    subscribers: [...state.subscribers.values()].map((s) => ({
      ...s,
      groups: [...(state.memberships.get(s.id) ?? [])],
    })),
    groups: [...state.groups.values()].map((g) => presentGroup(state, g)),
  };
}
