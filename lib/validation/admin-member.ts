import { z } from "zod";
import { checkboxField } from "./fields";
import { signupSchema } from "./member";

/** An admin adds a member by hand: the sign-up fields, and the newsletter only with the person's consent. */
export const addMemberSchema = signupSchema
  .omit({ website: true })
  .extend({ consent: checkboxField })
  .refine((input) => !input.newsletter || input.consent, {
    path: ["consent"],
    message: "Tick this to subscribe them: the newsletter needs the person's agreement",
  });
export type AddMemberInput = z.infer<typeof addMemberSchema>;
