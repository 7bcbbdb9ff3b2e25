/** Test helper: one HTTP call to the emulator without the client, to look at exact statuses, headers, bodies. */
export async function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; apiKey?: string | null } = {},
) {
  const apiKey = options.apiKey === undefined ? "test-key" : options.apiKey;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Accept: "application/json",
      "Content-Type": "application/json",
      ...(apiKey === null ? {} : { Authorization: `Bearer ${apiKey}` }),
    },
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
