import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { transaction } from "@/lib/transaction";
import type { ClubSettingsInput } from "@/lib/validation/club-settings";
import { forgetClubSettings } from "./club-settings";

/** An admin saves the club's name, description and mail sender name; this process reads them again. */
export async function saveClubSettings(input: ClubSettingsInput, adminId: string): Promise<void> {
  await transaction(async (tx) => {
    await tx.clubSettings.upsert({ where: { id: "club" }, create: { id: "club", ...input }, update: input });
    await recordAudit(tx, {
      actor: { kind: "admin", ref: adminId },
      action: "admin.saved_settings",
      detail: JSON.stringify(input),
    });
  });
  forgetClubSettings();
}
