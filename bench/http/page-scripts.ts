import { gzipSync } from "node:zlib";

/** The external scripts `path` loads: their URLs and total size, raw and gzip-compressed (as served). */
export async function pageScripts(base: string, path: string) {
  const html = await (await fetch(`${base}${path}`)).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
  let raw = 0;
  let gzip = 0;
  for (const source of new Set(sources)) {
    const bytes = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { sources, raw, gzip };
}
