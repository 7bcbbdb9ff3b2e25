import "server-only";
import type { EmailConfig } from "next-auth/providers/email";
import { env } from "@/lib/env";
import { queueLinkMail } from "./queue-link-mail";
import { LINK_MAX_AGE_SECONDS } from "./link-reuse";

/** Auth.js's e-mail provider; the mail itself is queued for the background sender, never sent inline. */
export const emailLinkProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  from: env.EMAIL_FROM,
  maxAge: LINK_MAX_AGE_SECONDS,
  options: {},
  async sendVerificationRequest({ identifier, url }) {
    // Links always point at the public APP_URL, whatever host the request came through.
    const link = new URL(url);
    const publicUrl = new URL(link.pathname + link.search, env.APP_URL + "/").toString();
    await queueLinkMail(identifier, publicUrl);
  },
};
