import { requireAdmin } from "@/lib/auth/session";
import { uploadMemberImport } from "@/lib/data/admin-member-import";
import { AppError } from "@/lib/errors";
import { readFormFile } from "@/lib/request/read-form-file";
import { isSameOrigin } from "@/lib/request/same-origin";
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from "@/lib/validation/limits";
import { pageWithUploadError } from "../_components/upload-error";

export const dynamic = "force-dynamic";

const plainText = (text: string, status: number) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain" } });
const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * The import's upload, posted by the upload form as a plain form (with or without JavaScript). Not proxied
 * (proxy.ts), so it checks the admin itself, before a byte of the body is read, and reads no more than the
 * file's limit. The file goes on to its mapping page; what is wrong with it goes back next to the field.
 */
export async function POST(request: Request) {
  await requireAdmin();
  if (!isSameOrigin(request.headers)) return plainText("Forbidden", 403);
  const file = await readFormFile(request, "file", MAX_IMPORT_BYTES);
  if (file === "too-large") return seeOther(pageWithUploadError(IMPORT_TOO_LARGE));
  if (!file) return seeOther(pageWithUploadError("Choose a CSV file"));
  let id: string;
  try {
    id = await uploadMemberImport(file.name, file.bytes);
  } catch (error) {
    if (error instanceof AppError) return seeOther(pageWithUploadError(error.message));
    throw error;
  }
  return seeOther(`/admin/members/import/${id}`);
}

/** Nothing to see here, for anyone: like the rest of /admin for non-admins. */
export function GET() {
  return plainText("Not found", 404);
}
