"use server";

import { requestSignIn } from "@/lib/data/request-sign-in";
import { clientIp } from "@/lib/request/client-ip";
import { mailedAddress } from "@/lib/request/mailed-address";
import { formStateFromError } from "@/lib/validation/action-result";
import type { FormState } from "@/lib/validation/form-state";

/** "Send it again": another link to the address this browser asked for, within the same mail limits. */
export async function sendAgainAction(): Promise<FormState> {
  const email = await mailedAddress();
  if (!email) return { status: "error", message: "Ask for a new link from the sign-in page." };
  try {
    await requestSignIn(email, await clientIp());
  } catch (error) {
    return formStateFromError(error);
  }
  return { status: "success", message: `We sent another link to ${email}.` };
}
