import { MailerLiteError, type MailerLiteClient } from "@/lib/mailerlite";
import type { RateLimiter } from "./rate-limiter";

/**
 * Every request waits for the limiter (unless the caller took its slot already: `acquired`); a 429's
 * Retry-After holds back every later request too.
 */
export function rateLimitedClient(
  client: MailerLiteClient,
  limiter: RateLimiter,
  { acquired = false }: { acquired?: boolean } = {},
): MailerLiteClient {
  return {
    rateLimit: () => client.rateLimit(),
    async send(request) {
      if (!acquired) await limiter.acquire();
      try {
        return await client.send(request);
      } catch (error) {
        if (error instanceof MailerLiteError && error.code === "rate_limited") {
          limiter.pauseFor(error.retryAfterMs ?? 60_000);
        }
        throw error;
      }
    },
  };
}
