import type { Metadata } from "next";

export const metadata: Metadata = { title: "Sign up" };

export default function SignupPage() {
  return <h1 className="font-serif text-3xl font-bold">Sign up</h1>;
}
