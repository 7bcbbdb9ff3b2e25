import "server-only";
import { signMessage, verifiedMessage } from "@/lib/security/signed-message";

const PURPOSE = "member-import-upload";

/** The import page with what was wrong with an upload, signed: no link can put other words there. */
export const pageWithUploadError = (message: string) =>
  `/admin/members/import?error=${encodeURIComponent(signMessage(PURPOSE, message))}`;

/** What was wrong with the last upload, from the page's `error` parameter (only if the server wrote it). */
export const uploadErrorIn = (param: string | string[] | undefined) =>
  typeof param === "string" ? verifiedMessage(PURPOSE, param) : null;
