import Link from "next/link";
import { signOutAction } from "../sign-out-action";
import { getViewer } from "@/lib/auth/session";
import { getClub } from "@/lib/data/club";

export async function SiteHeader() {
  const [viewer, club] = await Promise.all([getViewer(), getClub()]);
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3" aria-label="Main">
        <Link href="/" className="font-serif text-lg font-semibold">
          {club.name}
        </Link>
        <div className="flex items-center gap-4 text-sm">
          {viewer ? (
            <>
              <Link href="/profile" className="hover:underline">
                Profile
              </Link>
              {viewer.isAdmin && (
                <Link href="/admin" className="hover:underline">
                  Admin
                </Link>
              )}
              <form action={signOutAction}>
                <button type="submit" className="hover:underline">
                  Sign out
                </button>
              </form>
            </>
          ) : null}
        </div>
      </nav>
    </header>
  );
}
