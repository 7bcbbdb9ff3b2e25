import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_components/site-header";
import { requireMemberPage } from "@/lib/auth/session";

export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireMemberPage();
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl px-4 py-10">{children}</main>
    </>
  );
}
