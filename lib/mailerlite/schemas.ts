import { z } from "zod";

export const SUBSCRIBER_STATUSES = ["active", "unsubscribed", "unconfirmed", "bounced", "junk"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

const id = z.string().regex(/^\d+$/, "must be a numeric string");
const count = z.number().optional();
const rate = z.looseObject({ float: z.number(), string: z.string() }).optional();

export const groupSchema = z.looseObject({
  id,
  name: z.string(),
  active_count: count,
  sent_count: count,
  opens_count: count,
  open_rate: rate,
  clicks_count: count,
  click_rate: rate,
  unsubscribed_count: count,
  unconfirmed_count: count,
  bounced_count: count,
  junk_count: count,
  created_at: z.string().nullish(),
});
export type Group = z.output<typeof groupSchema>;

export const subscriberSchema = z.looseObject({
  id,
  email: z.string(),
  status: z.enum(SUBSCRIBER_STATUSES),
  source: z.string().nullish(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
  groups: z.array(groupSchema).optional(),
  subscribed_at: z.string().nullish(),
  unsubscribed_at: z.string().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type Subscriber = z.output<typeof subscriberSchema>;

export const dataEnvelope = <T extends z.ZodType>(data: T) => z.looseObject({ data });

export const groupPageSchema = z.looseObject({
  data: z.array(groupSchema),
  meta: z.looseObject({ current_page: z.number(), last_page: z.number(), total: z.number() }),
});

export const batchResponseSchema = z.looseObject({
  total: z.number(),
  successful: z.number(),
  failed: z.number(),
  responses: z.array(z.looseObject({ code: z.number().int(), body: z.unknown() })),
});
