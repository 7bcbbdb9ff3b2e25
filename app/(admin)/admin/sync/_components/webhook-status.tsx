import { FactList } from "@/components/ui/fact-list";
import { formatTime } from "@/lib/format-time";

type Webhook = {
  webhookId: string | null;
  url: string | null;
  registeredAt: Date | null;
  checkedAt: Date | null;
  error: string | null;
  deliveries: number;
  lastDeliveryAt: Date | null;
  rejected: number;
  lastRejectedAt: Date | null;
} | null;

/** Whether MailerLite tells the app about changes made there, and what it has delivered. */
export function WebhookStatus({ webhook, handSecret }: { webhook: Webhook; handSecret: boolean }) {
  const registration = handSecret
    ? "Set up by hand in MailerLite (MAILERLITE_WEBHOOK_SECRET)"
    : webhook?.error
      ? `Not registered: ${webhook.error}`
      : webhook?.webhookId
        ? `Registered ${formatTime(webhook.registeredAt)} for ${webhook.url} (checked ${formatTime(webhook.checkedAt)})`
        : "Not registered yet";
  const facts: [string, string][] = [
    ["Webhook", registration],
    ["Deliveries received", String(webhook?.deliveries ?? 0)],
    ["Last delivery", formatTime(webhook?.lastDeliveryAt)],
    [
      "Rejected signatures",
      `${webhook?.rejected ?? 0}${webhook?.lastRejectedAt ? ` (last ${formatTime(webhook.lastRejectedAt)})` : ""}`,
    ],
  ];
  return (
    <section aria-labelledby="webhook-heading" className="space-y-3">
      <h2 id="webhook-heading" className="text-xl font-semibold">
        Changes made in MailerLite
      </h2>
      <FactList facts={facts} />
    </section>
  );
}
