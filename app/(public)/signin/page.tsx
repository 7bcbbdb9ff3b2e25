import type { Metadata } from "next";

export const metadata: Metadata = { title: "Sign in" };

export default function SigninPage() {
  return <h1 className="font-serif text-3xl font-bold">Sign in</h1>;
}
