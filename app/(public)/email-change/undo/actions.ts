"use server";

import { redirect } from "next/navigation";
import { keepOldEmailWithLink } from "@/lib/data/email-links";
import { memberLinkFrom } from "@/lib/validation/member-link";

export async function keepOldEmailAction(formData: FormData): Promise<void> {
  const link = memberLinkFrom(formData);
  const result = link.success ? await keepOldEmailWithLink(link.data) : "unusable";
  redirect(`/email-change/undo?result=${result}`);
}
