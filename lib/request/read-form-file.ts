import { readLimitedBody } from "./read-limited-body";

/** What a multipart form adds around one file: its boundaries and the part's headers (the file's name). */
const FORM_OVERHEAD_BYTES = 16 * 1024;

export type FormFile = { name: string; bytes: Uint8Array };

/**
 * The file a multipart form sent in `field`, of at most `limit` bytes: "too-large" when the body's declared
 * length or the bytes that arrive exceed the file's limit and the form's overhead (read no further), or when
 * the file itself does; null when the field holds no file, or an empty one, or the body is not such a form.
 */
export async function readFormFile(
  request: Request,
  field: string,
  limit: number,
): Promise<FormFile | "too-large" | null> {
  const body = await readLimitedBody(request, limit + FORM_OVERHEAD_BYTES);
  if (!body) return "too-large";
  let form: FormData;
  try {
    const headers = { "Content-Type": request.headers.get("content-type") ?? "" };
    form = await new Response(body as BodyInit, { headers }).formData();
  } catch {
    return null;
  }
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) return null;
  if (file.size > limit) return "too-large";
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
