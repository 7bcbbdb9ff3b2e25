import { z } from "zod";

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 100;

export const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(MAX_EMAIL_LENGTH, `Email must be at most ${MAX_EMAIL_LENGTH} characters`)
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((email) => email.toLowerCase());

const name = (label: string, required: boolean) =>
  z
    .string()
    .trim()
    .max(MAX_NAME_LENGTH, `${label} must be at most ${MAX_NAME_LENGTH} characters`)
    .refine((value) => !required || value.length > 0, `Enter your ${label.toLowerCase()}`)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), `${label} cannot contain control characters`);

export const firstNameField = name("First name", true);
export const lastNameField = name("Last name", false);

/** An HTML checkbox: "on" (or any value) when ticked, absent when not. */
export const checkboxField = z
  .union([z.string(), z.boolean(), z.null()])
  .optional()
  .transform((value) => value === true || (typeof value === "string" && value !== "" && value !== "false"));

/** A record id sent back by a form's hidden field. */
export const recordIdField = z.string().min(1).max(64);
export const recordIdSchema = z.object({ id: recordIdField });
