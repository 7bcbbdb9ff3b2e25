import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getClub } from "@/lib/data/club";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const club = await getClub();
  return { title: { default: club.name, template: `%s · ${club.name}` }, description: club.description };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
