"use server";

import { redirect } from "next/navigation";
import { confirmEmailChangeWithLink } from "@/lib/data/email-links";
import { memberLinkFrom } from "@/lib/validation/member-link";

/** A member signed in on this browser goes back to their profile; anyone else sees the outcome here. */
export async function confirmEmailChangeAction(formData: FormData): Promise<void> {
  const link = memberLinkFrom(formData);
  const { result, bySelf } = link.success
    ? await confirmEmailChangeWithLink(link.data)
    : { result: "unusable", bySelf: false };
  redirect(result === "changed" && bySelf ? "/profile?email=changed" : `/email-change?result=${result}`);
}
