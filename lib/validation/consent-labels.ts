// The consent statements admins tick, kept apart from the zod schemas so that forms can show them.
export const NEWSLETTER_CONSENT_LABEL = "This person agreed to receive the newsletter";
export const IMPORT_CONSENT_LABEL = "These people agreed to receive the newsletter";
export const IMPORT_INTERESTS_LABEL = "These members asked for the interests in this file";
