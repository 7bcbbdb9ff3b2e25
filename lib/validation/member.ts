import { z } from "zod";
import { checkboxField, emailField, firstNameField, lastNameField, recordIdField } from "./fields";

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

/** What an e-mailed link carries: the address it was sent to and its secret. */
export const linkSchema = z.object({
  email: emailField,
  token: z.string().regex(/^[\w-]{20,100}$/, "That link is not valid"),
});
export type LinkInput = z.infer<typeof linkSchema>;

/**
 * The links of an address change (the one mailed to the new address, and "keep my old address" mailed to the
 * old one): whose account, the address, its secret.
 */
export const emailChangeLinkSchema = linkSchema.extend({ member: recordIdField });
export type EmailChangeLinkInput = z.infer<typeof emailChangeLinkSchema>;

/** "Change e-mail" on /profile. */
export const emailChangeSchema = z.object({ email: emailField });

/** The confirmation page: the link, and the choices the person confirms (they may change them there). */
export const confirmSchema = linkSchema.extend({
  firstName: firstNameField,
  lastName: lastNameField,
  newsletter: checkboxField,
  interests: signupSchema.shape.interests,
});
export type ConfirmInput = z.infer<typeof confirmSchema>;
export type ReadingChoicesInput = Omit<ConfirmInput, "email" | "token">;

export const profileNameSchema = z.object({ firstName: firstNameField, lastName: lastNameField });
export type ProfileNameInput = z.infer<typeof profileNameSchema>;

export const preferenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("newsletter"), value: z.boolean() }),
  z.object({ kind: z.literal("interest"), interestId: z.string().min(1).max(64), value: z.boolean() }),
]);
export type PreferenceChange = z.infer<typeof preferenceSchema>;

/** The profile's choices sent as one form (without JavaScript). */
export const preferencesFormSchema = z.object({
  newsletter: checkboxField,
  interestIds: z.array(z.string().min(1).max(64)).max(100),
});
