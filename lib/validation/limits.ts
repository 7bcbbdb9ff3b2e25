// Kept apart from the zod schemas so that forms in the browser can use them without loading zod.
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 100;
