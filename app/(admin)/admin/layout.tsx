import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_components/site-header";
import { QueryProvider } from "@/components/query-provider";
import { requireAdmin } from "@/lib/auth/session";
import { SyncBanner } from "./_components/sync-banner";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return (
    <QueryProvider>
      <SiteHeader />
      <div className="mx-auto max-w-5xl px-4 py-8">
        <nav
          aria-label="Admin"
          className="mb-6 flex flex-wrap gap-x-4 gap-y-2 border-b border-stone-200 pb-3 text-sm"
        >
          <Link href="/admin/overview" className="hover:underline">
            Overview
          </Link>
          <Link href="/admin" className="hover:underline">
            Members
          </Link>
          <Link href="/admin/interests" className="hover:underline">
            Interests
          </Link>
          <Link href="/admin/sync" className="hover:underline">
            Sync
          </Link>
          <Link href="/admin/audit" className="hover:underline">
            Audit log
          </Link>
          <Link href="/admin/settings" className="hover:underline">
            Settings
          </Link>
        </nav>
        <main>
          <SyncBanner />
          {children}
        </main>
      </div>
    </QueryProvider>
  );
}
