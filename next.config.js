// @ts-check
// Headers every response carries, whatever answers it (pages, routes, static files, and the responses
// proxy.ts makes itself); proxy.ts adds the per-request Content-Security-Policy.
const securityHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The test runs type-check once (npm run typecheck) before building for the browser tests.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
  experimental: {
    // A page's forms and server actions take what proxy.ts lets through (MAX_PAGE_BODY_BYTES, 64 KiB).
    serverActions: { bodySizeLimit: "64kb" },
    // Next copies a proxied request's body for proxy.ts up to this size, and hands the page no more: it must
    // exceed MAX_PAGE_BODY_BYTES by more than one socket read (64 KiB), so that a body cut off here still shows
    // the proxy more than its limit. The routes with larger bodies of their own are not proxied.
    proxyClientMaxBodySize: "256kb",
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

module.exports = nextConfig;
