import { receiveMailerLiteWebhook } from "@/lib/data/mailerlite-webhook";
import { readLimitedBody } from "@/lib/request/read-limited-body";

export const dynamic = "force-dynamic";

const MAX_BYTES = 1024 * 1024;
const noStore = { "Cache-Control": "no-store" };

/** MailerLite's deliveries: answered at once (2xx within 3 s, or it delivers again), applied in the background. */
export async function POST(request: Request) {
  const raw = await readLimitedBody(request, MAX_BYTES);
  if (!raw) return Response.json({ message: "Body too large." }, { status: 413, headers: noStore });
  const receipt = await receiveMailerLiteWebhook(raw, request.headers.get("signature"));
  if (receipt === "bad-signature") {
    return Response.json({ message: "Invalid signature." }, { status: 401, headers: noStore });
  }
  return Response.json({ received: true }, { headers: noStore });
}
