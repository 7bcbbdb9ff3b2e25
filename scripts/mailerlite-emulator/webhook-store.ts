import { randomBytes } from "node:crypto";

export type StoredWebhook = {
  id: string;
  name: string;
  url: string;
  events: string[];
  enabled: boolean;
  batchable: boolean;
  secret: string;
  created_at: string;
  updated_at: string;
};

export const newWebhookSecret = () => randomBytes(16).toString("hex");
