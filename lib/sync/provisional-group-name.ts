/**
 * POST /groups is not idempotent, and a create whose answer was lost may land after a retry made another
 * group. So a group is created under a name only its interest uses, found again by that name on a retry, and
 * named after the interest once its id is known; a late one is recognised by the name and deleted.
 */
const MARK = /\(being set up: ([^()]+)\)$/;

export const provisionalMark = (interestId: string) => `(being set up: ${interestId})`;

export const provisionalGroupName = (name: string, interestId: string) =>
  `${name} ${provisionalMark(interestId)}`;

/** The interest a provisional group was made for, or null for any other group. */
export function provisionalGroupInterest(groupName: string): string | null {
  return MARK.exec(groupName)?.[1] ?? null;
}
