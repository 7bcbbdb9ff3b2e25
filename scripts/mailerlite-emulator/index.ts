export { startMailerLiteEmulator } from "./start-mailerlite-emulator";
export type { MailerLiteEmulator } from "./start-mailerlite-emulator";
export type { MailerLiteEmulatorOptions } from "./emulator-options";
export { NO_FAULTS, faultSettingsSchema } from "./faults";
export type { FaultKind, FaultSettings } from "./faults";
export type { RecordedRequest } from "./recorded-request";
export { EmulatorState } from "./emulator-state";
export type { StoredGroup, StoredSubscriber, SubscriberStatus } from "./emulator-state";
export { parseEmulatorArgs } from "./parse-emulator-args";
