/** What a route answers; the server adds the common headers, a batch embeds status and body. */
export type ApiResult = {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Laravel pretty-prints its "model not found" answers. */
  pretty?: boolean;
};

export const ok = (body: unknown, status = 200): ApiResult => ({ status, body });

export const noContent = (): ApiResult => ({ status: 204 });

export const message = (status: number, text: string): ApiResult => ({ status, body: { message: text } });

export const subscriberNotFound = (): ApiResult => ({
  status: 404,
  body: { message: "No query results for model [App\\Models\\Subscriber\\Subscriber]." },
  pretty: true,
});

export const groupNotFound = (id: string): ApiResult => ({
  status: 404,
  body: { message: `No query results for model [App\\Models\\Group\\Group] ${id}` },
  pretty: true,
});

export const routeNotFound = (path: string): ApiResult =>
  message(404, `The route ${path.replace(/^\/+/, "")} could not be found.`);

/** Laravel's 422: the first message, "(and N more errors)", and every message by dot path. */
export function validationFailed(errors: [field: string, text: string][]): ApiResult {
  const byField: Record<string, string[]> = {};
  for (const [field, text] of errors) (byField[field] ??= []).push(text);
  const [first] = errors;
  const more = errors.length - 1;
  const suffix = more > 0 ? ` (and ${more} more error${more === 1 ? "" : "s"})` : "";
  return {
    status: 422,
    body: { message: `${first?.[1] ?? "The given data was invalid."}${suffix}`, errors: byField },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
