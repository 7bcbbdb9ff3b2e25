import { z } from "zod";
import type { MailerLiteClient } from "./client";
import { parseBody } from "./parse-body";
import { subscriberSchema, type SubscriberStatus } from "./schemas";
import { snapshotOfSubscriber, type SubscriberSnapshot } from "./subscriber-snapshot";

const subscriberPageSchema = z.looseObject({
  data: z.array(subscriberSchema),
  meta: z.looseObject({ next_cursor: z.string().nullish() }),
});

export type SubscriberPage = { subscribers: SubscriberSnapshot[]; nextCursor: string | null };

/** One page of the subscribers with `status`, with their groups; `cursor` from the previous page. */
export async function listSubscribersPage(
  client: MailerLiteClient,
  options: { status: SubscriberStatus; cursor: string | null; limit: number },
): Promise<SubscriberPage> {
  const response = await client.send({
    method: "GET",
    path: "/subscribers",
    query: {
      "filter[status]": options.status,
      limit: options.limit,
      include: "groups",
      cursor: options.cursor ?? undefined,
    },
  });
  const { data, meta } = parseBody(subscriberPageSchema, response.body, "GET /subscribers");
  return { subscribers: data.map(snapshotOfSubscriber), nextCursor: meta.next_cursor ?? null };
}
