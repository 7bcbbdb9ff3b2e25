export type AppErrorCode = "NOT_FOUND" | "UNAUTHENTICATED" | "RATE_LIMITED" | "CONFLICT" | "INVALID_INPUT";

/** An expected failure with a code the UI turns into a friendly message. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterMinutes: number) {
    super(
      "RATE_LIMITED",
      `Too many attempts — try again in ${retryAfterMinutes} minute${retryAfterMinutes === 1 ? "" : "s"}`,
    );
  }
}
