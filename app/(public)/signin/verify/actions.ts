"use server";

import { redirect } from "next/navigation";
import { signInWithLink } from "@/lib/data/email-links";
import { linkSchema } from "@/lib/validation/member";

export async function signInWithLinkAction(formData: FormData): Promise<void> {
  const link = linkSchema.safeParse({ email: formData.get("email"), token: formData.get("token") });
  const landing = link.success ? await signInWithLink(link.data) : null;
  redirect(landing ?? "/signin?error=Verification");
}
