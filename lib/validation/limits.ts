// Kept apart from the zod schemas so that forms in the browser can use them without loading zod.
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 100;
/** The largest body a page takes (its forms and server actions); proxy.ts refuses more before it is read. */
export const MAX_PAGE_BODY_BYTES = 64 * 1024;
/** The CSV import's limits, stated on its page and enforced before and while parsing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const IMPORT_TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_COLUMNS = 100;
