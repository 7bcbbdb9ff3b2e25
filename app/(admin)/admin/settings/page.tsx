import type { Metadata } from "next";
import { getClubSettingsForAdmin } from "@/lib/data/admin-settings";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const settings = await getClubSettingsForAdmin();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Club settings</h1>
      <p className="max-w-2xl text-stone-700">
        The club&apos;s name shows in every page&apos;s header and title and in every mail; the description on
        the home page; the sender name is who the mails are from (the address stays the one the server is set
        up with).
      </p>
      <SettingsForm initial={settings} />
    </div>
  );
}
