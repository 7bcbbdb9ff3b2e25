/** How far ahead of the app's clock MailerLite's may run before a time it reports is not believed. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * A time MailerLite reported, or null when it is unknown or more than five minutes after `reference` (when the
 * app received it, or now): a wrong clock or a forged date must not make every later report look older.
 */
export function believableTime(at: Date | null, reference: Date): Date | null {
  return at && at.getTime() <= reference.getTime() + FUTURE_TOLERANCE_MS ? at : null;
}
