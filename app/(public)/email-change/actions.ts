"use server";

import { redirect } from "next/navigation";
import { confirmEmailChangeWithLink } from "@/lib/data/email-links";
import { emailChangeLinkSchema } from "@/lib/validation/member";

export async function confirmEmailChangeAction(formData: FormData): Promise<void> {
  const link = emailChangeLinkSchema.safeParse({
    member: formData.get("member"),
    email: formData.get("email"),
    token: formData.get("token"),
  });
  const result = link.success ? await confirmEmailChangeWithLink(link.data) : "unusable";
  redirect(`/email-change?result=${result}`);
}
