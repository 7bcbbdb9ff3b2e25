import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_components/site-header";
import { QueryProvider } from "@/components/query-provider";
import { requireMemberPage } from "@/lib/auth/session";

export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireMemberPage();
  return (
    <QueryProvider>
      <SiteHeader />
      <main className="mx-auto max-w-3xl px-4 py-10">{children}</main>
    </QueryProvider>
  );
}
