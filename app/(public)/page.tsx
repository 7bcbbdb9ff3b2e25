import Link from "next/link";
import { getViewer } from "@/lib/auth/session";
import { getClub } from "@/lib/data/club";

const primary = "rounded-md bg-emerald-800 px-5 py-2.5 font-medium text-white hover:bg-emerald-900";
const secondary = "rounded-md border border-stone-300 bg-white px-5 py-2.5 font-medium hover:bg-stone-100";

export default async function HomePage() {
  const [club, viewer] = await Promise.all([getClub(), getViewer()]);
  return (
    <section className="space-y-6 text-center">
      <h1 className="font-serif text-4xl font-bold break-words">{club.name}</h1>
      {club.description && (
        <p className="text-lg break-words whitespace-pre-line text-stone-700">{club.description}</p>
      )}
      <div className="flex justify-center gap-4">
        {viewer ? (
          <Link href="/profile" className={primary}>
            Go to your profile
          </Link>
        ) : (
          <>
            <Link href="/signup" className={primary}>
              Sign up
            </Link>
            <Link href="/signin" className={secondary}>
              Sign in
            </Link>
          </>
        )}
      </div>
    </section>
  );
}
