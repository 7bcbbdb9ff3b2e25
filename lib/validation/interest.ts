import { z } from "zod";
import { recordIdField, shownTextField } from "./fields";

export const MAX_INTEREST_NAME_LENGTH = 60;

export const interestNameField = shownTextField(
  "Name",
  MAX_INTEREST_NAME_LENGTH,
  "Enter a name for the interest",
);

export const createInterestSchema = z.object({ name: interestNameField });
export const renameInterestSchema = z.object({ id: recordIdField, name: interestNameField });
