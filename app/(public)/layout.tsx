import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_components/site-header";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl px-4 py-10">{children}</main>
    </>
  );
}
