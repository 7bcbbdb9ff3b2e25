/** Test double for `fetch`: answers each call from `respond` and records what was sent. */
export type RecordedCall = { url: URL; method: string; headers: Headers; body: unknown };

export type FakeAnswer = { status?: number; body?: unknown; headers?: Record<string, string>; raw?: string };

export function fakeFetch(respond: (call: RecordedCall) => FakeAnswer | Promise<FakeAnswer>) {
  const calls: RecordedCall[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const text = typeof init?.body === "string" ? init.body : undefined;
    const call: RecordedCall = {
      url: new URL(input instanceof Request ? input.url : String(input)),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
    };
    calls.push(call);
    const answer = await respond(call);
    const status = answer.status ?? 200;
    const payload = answer.raw ?? (answer.body === undefined ? null : JSON.stringify(answer.body));
    return new Response(status === 204 ? null : payload, { status, headers: answer.headers });
  };
  return { fetch, calls };
}
