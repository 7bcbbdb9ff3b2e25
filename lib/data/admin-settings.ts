import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireAdmin } from "@/lib/auth/session";
import { forgetClubSettings, getClubSettings, type ClubSettings } from "@/lib/club/club-settings";
import { transaction } from "@/lib/transaction";
import type { ClubSettingsInput } from "@/lib/validation/club-settings";

/** The club settings as the admin's form shows them. */
export async function getClubSettingsForAdmin(): Promise<ClubSettings> {
  await requireAdmin();
  return getClubSettings();
}

/** An admin saves the club's name, description and mail sender name. */
export async function saveClubSettings(input: ClubSettingsInput): Promise<void> {
  const admin = await requireAdmin();
  await transaction(async (tx) => {
    await tx.clubSettings.upsert({ where: { id: "club" }, create: { id: "club", ...input }, update: input });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: admin.id },
      action: "admin.saved_settings",
      detail: JSON.stringify(input),
    });
  });
  forgetClubSettings();
}
