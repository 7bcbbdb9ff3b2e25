import { describe, expect, it } from "vitest";
import { boundedBody } from "./bounded-body";

/** A request whose body counts what was pulled from it: `chunks` of `chunkSize` bytes, on demand. */
function streamed(chunks: number, chunkSize: number, headers: Record<string, string> = {}) {
  const pulled = { bytes: 0 };
  let left = chunks;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (left-- === 0) return controller.close();
        pulled.bytes += chunkSize;
        controller.enqueue(new Uint8Array(chunkSize).fill(120));
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://app.test/", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("boundedBody", () => {
  it("refuses a body whose declared length is over the limit without reading any of it", async () => {
    const { request, pulled } = streamed(144, 64 * 1024, { "content-length": String(9 * 1024 * 1024) });
    expect(await boundedBody(request, 64 * 1024, true)).toBe("too-large");
    expect(pulled.bytes).toBe(0);
  });

  it("reads a body sent without a length no further than just past the limit", async () => {
    const { request, pulled } = streamed(144, 16 * 1024);
    expect(await boundedBody(request, 64 * 1024, false)).toBe("too-large");
    expect(pulled.bytes).toBe(80 * 1024);
  });

  it("leaves a body whose declared length fits unread unless its bytes are wanted", async () => {
    const unread = streamed(2, 1024, { "content-length": "2048" });
    expect(await boundedBody(unread.request, 64 * 1024, false)).toBe("unread");
    expect(unread.pulled.bytes).toBe(0);
    const wanted = streamed(2, 1024, { "content-length": "2048" });
    expect(await boundedBody(wanted.request, 64 * 1024, true)).toEqual(Buffer.alloc(2048, 120));
  });

  it("returns a body of exactly the limit, sent with or without its length", async () => {
    expect(await boundedBody(streamed(4, 16 * 1024).request, 64 * 1024, false)).toHaveLength(64 * 1024);
    const declared = streamed(4, 16 * 1024, { "content-length": String(64 * 1024) });
    expect(await boundedBody(declared.request, 64 * 1024, true)).toHaveLength(64 * 1024);
  });
});
