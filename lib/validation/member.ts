import { z } from "zod";
import { checkboxField, emailField, firstNameField, lastNameField } from "./fields";

export const signupSchema = z.object({
  email: emailField,
  firstName: firstNameField,
  lastName: lastNameField,
  newsletter: checkboxField,
  interests: z.array(z.string().max(64)).max(100).default([]),
  website: z.string().optional(),
});
export type SignupInput = z.infer<typeof signupSchema>;

export const signinSchema = z.object({ email: emailField, website: z.string().optional() });

export const profileNameSchema = z.object({ firstName: firstNameField, lastName: lastNameField });
export type ProfileNameInput = z.infer<typeof profileNameSchema>;

export const preferenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("newsletter"), value: z.boolean() }),
  z.object({ kind: z.literal("interest"), interestId: z.string().min(1).max(64), value: z.boolean() }),
]);
export type PreferenceChange = z.infer<typeof preferenceSchema>;
