import Link from "next/link";
import type { ReactNode } from "react";
import { site } from "@/lib/site";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <nav className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3" aria-label="Main">
          <Link href="/" className="font-serif text-lg font-semibold">
            {site.name}
          </Link>
        </nav>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-10">{children}</main>
    </>
  );
}
