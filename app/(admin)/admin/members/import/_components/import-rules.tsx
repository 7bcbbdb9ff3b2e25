import { IMPORT_CONSENT_LABEL, IMPORT_INTERESTS_LABEL } from "@/lib/validation/consent-labels";

/** What a file may change, as the import applies it (lib/member-import/plan-row-change.ts). */
export function ImportRules() {
  return (
    <div className="space-y-1 text-sm text-stone-700">
      <p>What a file may change:</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          A new address becomes a confirmed member with the row&apos;s names and interests, subscribed to the
          newsletter only where the row says yes and you tick “{IMPORT_CONSENT_LABEL}”.
        </li>
        <li>
          Existing members are matched by email. A file never subscribes them, turns their newsletter off,
          removes an interest or confirms an address.
        </li>
        <li>
          What members set themselves (at sign-up or on their profile: names, newsletter, interests) is never
          changed by a file: the preview says “kept: the member&apos;s own choice” on the row. Names a member
          never set (added by an admin or imported) are taken from the file.
        </li>
        <li>
          Interests are added to existing members only when you tick “{IMPORT_INTERESTS_LABEL}”, and never to
          a member who chose their own.
        </li>
        <li>
          A person who deleted their account, whose account an admin deleted, or whom MailerLite erased is not
          imported: the row says when. They can always sign up again themselves.
        </li>
      </ul>
    </div>
  );
}
