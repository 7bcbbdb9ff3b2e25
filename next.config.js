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
  // The CSV import's upload (MAX_IMPORT_BYTES, 5 MB, is checked in the browser and again on the server).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
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
