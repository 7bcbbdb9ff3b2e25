import { request, type ClientRequest, type IncomingMessage } from "node:http";

export type RawAnswer = { status: number; contentType: string; text: string };

function answerOf(response: IncomingMessage): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("error", reject);
    response.on("end", () =>
      resolve({
        status: response.statusCode ?? 0,
        contentType: String(response.headers["content-type"] ?? ""),
        text: Buffer.concat(chunks).toString("utf8"),
      }),
    );
  });
}

function post(url: string, headers: Record<string, string>): [ClientRequest, Promise<RawAnswer>] {
  let req!: ClientRequest;
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    req = request(url, { method: "POST", headers }, (response) => answerOf(response).then(resolve, reject));
    req.on("error", reject);
  });
  return [req, answer];
}

/** POSTs `body` without declaring its length: sent chunked, as a client that streams it would. */
export async function postChunked(url: string, headers: Record<string, string>, body: Buffer) {
  const [req, answer] = post(url, headers);
  for (let offset = 0; offset < body.byteLength; offset += 16 * 1024) {
    req.write(body.subarray(offset, offset + 16 * 1024));
  }
  req.end();
  return answer;
}

/**
 * Declares a body of `declaredLength` bytes but sends only `start` of it, then waits for the answer: one that
 * arrives was decided before the rest of the body was read (the rest is never sent; the connection is closed).
 */
export async function answerBeforeBody(
  url: string,
  headers: Record<string, string>,
  declaredLength: number,
  start: Buffer,
): Promise<RawAnswer> {
  const [req, answer] = post(url, { ...headers, "Content-Length": String(declaredLength) });
  req.write(start);
  try {
    return await answer;
  } finally {
    req.destroy();
  }
}
