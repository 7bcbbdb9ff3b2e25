import type { Metadata } from "next";
import Link from "next/link";
import { SigninForm } from "./_components/signin-form";

export const metadata: Metadata = { title: "Sign in" };

const linkErrors: Record<string, string> = {
  Verification: "That link has expired or has already been used. Enter your email to get a new one.",
  AccessDenied: "That link is no longer valid. Enter your email to get a new one.",
};

export default async function SigninPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = error
    ? (linkErrors[error] ?? "Signing in did not work. Enter your email to get a new link.")
    : null;
  return (
    <section className="mx-auto max-w-lg space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Sign in</h1>
        <p className="mt-2 text-stone-700">
          We will email you a link that signs you in — no password needed. New here?{" "}
          <Link href="/signup" className="text-emerald-800 underline">
            Sign up
          </Link>
        </p>
      </div>
      {message && (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {message}
        </p>
      )}
      <SigninForm />
    </section>
  );
}
