import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listDevMailbox } from "@/lib/data/dev-mailbox";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Development mailbox" };
export const dynamic = "force-dynamic";

/** Outside production, the mails the app sent, so that a newcomer without SMTP can follow their links. */
export default async function DevMailboxPage() {
  if (env.NODE_ENV === "production") notFound();
  const mails = await listDevMailbox();
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <h1 className="font-serif text-3xl font-bold">Development mailbox</h1>
      {mails.length === 0 && <p>No mail yet.</p>}
      {mails.map((mail) => (
        <article key={mail.id} className="space-y-2 rounded-md border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">{mail.subject}</h2>
          <p className="text-sm text-stone-600">
            To {mail.to} · {mail.createdAt.toISOString()}
          </p>
          <pre className="text-sm break-all whitespace-pre-wrap">
            {(mail.text ?? "(not kept)").split(/(https?:\/\/\S+)/).map((part, index) =>
              /^https?:\/\//.test(part) ? (
                <a key={index} href={part} className="text-emerald-800 underline">
                  {part}
                </a>
              ) : (
                part
              ),
            )}
          </pre>
        </article>
      ))}
    </main>
  );
}
