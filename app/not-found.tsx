import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SiteHeader } from "./_components/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default async function NotFound() {
  // Rendered per request, not prerendered: its scripts need this response's CSP nonce.
  await connection();
  return (
    <>
      <SiteHeader />
      <main className="mx-auto flex max-w-lg flex-col items-center gap-4 px-4 py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">Page not found</h1>
        <p className="text-stone-700">The page you asked for does not exist, or it has moved.</p>
        <Link
          href="/"
          className="rounded-md bg-emerald-800 px-5 py-2.5 font-medium text-white hover:bg-emerald-900"
        >
          Go to the home page
        </Link>
      </main>
    </>
  );
}
