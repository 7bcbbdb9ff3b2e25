import "server-only";
import { sendSignInLink } from "@/lib/auth/send-sign-in-link";
import { requireAdmin } from "@/lib/auth/session";
import { readMemberDetail, type MemberDetail } from "@/lib/members/read-member-detail";

/** One member as an admin inspects them: their choices, what MailerLite holds, and their history. */
export async function getMemberDetail(memberId: string): Promise<MemberDetail | null> {
  await requireAdmin();
  return readMemberDetail(memberId);
}

/** An admin sends the member a new sign-in link (composed and sent by the background work). */
export async function sendSignInLinkAsAdmin(memberId: string): Promise<boolean> {
  const admin = await requireAdmin();
  return sendSignInLink(memberId, admin.id);
}
