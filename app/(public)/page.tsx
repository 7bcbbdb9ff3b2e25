import Link from "next/link";
import { site } from "@/lib/site";

export default function HomePage() {
  return (
    <section className="space-y-6 text-center">
      <h1 className="font-serif text-4xl font-bold">{site.name}</h1>
      <p className="text-lg text-stone-700">{site.tagline}</p>
      <div className="flex justify-center gap-4">
        <Link
          href="/signup"
          className="rounded-md bg-emerald-800 px-5 py-2.5 font-medium text-white hover:bg-emerald-900"
        >
          Sign up
        </Link>
        <Link
          href="/signin"
          className="rounded-md border border-stone-300 bg-white px-5 py-2.5 font-medium hover:bg-stone-100"
        >
          Sign in
        </Link>
      </div>
    </section>
  );
}
