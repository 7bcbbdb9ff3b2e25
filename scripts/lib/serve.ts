import { createServer } from "node:http";
import next from "next";
import { clientAddressOf, runWithClientAddress } from "../../lib/request/client-address";

/**
 * Serves the production build, as `next start` would, and gives every request its client address from the
 * connection (and `trustedProxies` X-Forwarded-For entries): Next itself only fills in X-Forwarded-For when a
 * client did not send one, so that header alone would let a client choose its own address.
 */
export async function serve({
  port,
  trustedProxies,
}: {
  port: number;
  trustedProxies: number;
}): Promise<void> {
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    const address = clientAddressOf(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      trustedProxies,
    );
    runWithClientAddress(address, () => handle(request, response)).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
      response.end("Internal Server Error");
    });
  });
  // Longer than a reverse proxy's (or a client's) idle keep-alive: with Node's 5 s, a connection the server
  // closes just as a client reuses it ends the client's request in ECONNRESET (a proxy's in a 502).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  console.log(`Serving on port ${port}`);
}
