import { afterAll, beforeAll, beforeEach } from "vitest";
import { createMailerLiteClient, type MailerLiteClient } from "@/lib/mailerlite";
import {
  startMailerLiteEmulator,
  type MailerLiteEmulator,
  type MailerLiteEmulatorOptions,
} from "@/scripts/mailerlite-emulator";

/**
 * One emulator for the test file, reset before each test, with a client that uses the emulator's key.
 * Read `emulator` and `client` inside tests (they exist once beforeAll has run).
 */
export function emulatorForTests(options: MailerLiteEmulatorOptions = {}) {
  const context = {} as { emulator: MailerLiteEmulator; client: MailerLiteClient };
  beforeAll(async () => {
    context.emulator = await startMailerLiteEmulator(options);
    context.client = createMailerLiteClient({
      baseUrl: context.emulator.url,
      apiKey: options.apiKey ?? "test-key",
    });
  });
  beforeEach(() => context.emulator.reset());
  afterAll(() => context.emulator.close());
  return context;
}
