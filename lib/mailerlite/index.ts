export { createMailerLiteClient } from "./client";
export type {
  HttpMethod,
  MailerLiteClient,
  MailerLiteClientOptions,
  MailerLiteRequest,
  MailerLiteResponse,
  RateLimitInfo,
} from "./client";
export { errorFromResponse, MailerLiteError, parseRetryAfter } from "./errors";
export type { MailerLiteErrorCode } from "./errors";
export { SUBSCRIBER_STATUSES, groupSchema, subscriberSchema, dataEnvelope } from "./schemas";
export type { Group, Subscriber, SubscriberStatus } from "./schemas";
export { upsertSubscriber } from "./upsert-subscriber";
export type { SubscriberFields, UpsertSubscriberInput, UpsertSubscriberResult } from "./upsert-subscriber";
export { getSubscriber } from "./get-subscriber";
export { updateSubscriber } from "./update-subscriber";
export type { UpdateSubscriberInput } from "./update-subscriber";
export { deleteSubscriber } from "./delete-subscriber";
export { forgetSubscriber } from "./forget-subscriber";
export type { ForgetSubscriberResult } from "./forget-subscriber";
export { addSubscriberToGroup } from "./add-subscriber-to-group";
export { removeSubscriberFromGroup } from "./remove-subscriber-from-group";
export { findGroupByExactName } from "./find-group-by-exact-name";
export { createGroup } from "./create-group";
export { renameGroup } from "./rename-group";
export { deleteGroup } from "./delete-group";
export { batch, readBatchItem, MAX_BATCH_SIZE } from "./batch";
export type { BatchItemOutcome, BatchItemResult, BatchRequest } from "./batch";
