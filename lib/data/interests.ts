import "server-only";
import { readOfferedInterests, type InterestOption } from "@/lib/interests/read-offered-interests";

export type { InterestOption };

/** Public: the interests members can choose from, by name (for the sign-up and profile forms). */
export async function listActiveInterests(): Promise<InterestOption[]> {
  return readOfferedInterests();
}
