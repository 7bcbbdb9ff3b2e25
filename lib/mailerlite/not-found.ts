import { MailerLiteError } from "./errors";

export function isNotFound(error: unknown): boolean {
  return error instanceof MailerLiteError && error.code === "not_found";
}

/** Runs a removal; a 404 means there was nothing left to remove, which the caller may count as done. */
export async function notFoundAsDone<T extends string>(
  done: T,
  removal: () => Promise<unknown>,
): Promise<T | "not_found"> {
  try {
    await removal();
    return done;
  } catch (error) {
    if (isNotFound(error)) return "not_found";
    throw error;
  }
}
