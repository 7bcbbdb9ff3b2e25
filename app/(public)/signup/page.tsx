import type { Metadata } from "next";
import Link from "next/link";
import { listActiveInterests } from "@/lib/data/interests";
import { SignupForm } from "./_components/signup-form";

export const metadata: Metadata = { title: "Sign up" };
export const dynamic = "force-dynamic";

export default async function SignupPage() {
  const interests = await listActiveInterests();
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Sign up</h1>
        <p className="mt-2 text-stone-700">
          Join the club. We will email you a link to confirm your address. Already a member?{" "}
          <Link href="/signin" className="text-emerald-800 underline">
            Sign in
          </Link>
        </p>
      </div>
      <SignupForm interests={interests} />
    </section>
  );
}
