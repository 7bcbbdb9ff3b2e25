import { z } from "zod";
import { shownTextField } from "./fields";

/** /admin/settings: the name shows everywhere, the description on the home page, the sender name in mails. */
export const clubSettingsSchema = z.object({
  name: shownTextField("Club name", 80, "Enter the club's name"),
  description: shownTextField("Description", 300, null),
  senderName: shownTextField("Sender name", 80, "Enter the name mails come from").refine(
    (value) => !/[<>"@,;]/.test(value),
    'Sender name cannot contain < > " @ , or ;',
  ),
});
export type ClubSettingsInput = z.infer<typeof clubSettingsSchema>;
