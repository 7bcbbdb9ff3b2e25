import { z } from "zod";
import { recordIdField } from "./fields";

export const MAX_INTEREST_NAME_LENGTH = 60;

export const interestNameField = z
  .string()
  .trim()
  .min(1, "Enter a name for the interest")
  .max(MAX_INTEREST_NAME_LENGTH, `Name must be at most ${MAX_INTEREST_NAME_LENGTH} characters`)
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "Name cannot contain control characters");

export const createInterestSchema = z.object({ name: interestNameField });
export const renameInterestSchema = z.object({ id: recordIdField, name: interestNameField });
