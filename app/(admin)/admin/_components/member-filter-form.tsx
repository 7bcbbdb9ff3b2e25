import Form from "next/form";
import Link from "next/link";
import { SubmitButton } from "@/components/form/submit-button";
import type { MemberFilter } from "@/lib/validation/member-filter";

type Option = { value: string; label: string };

const field = "mt-1 block rounded-md border border-stone-300 px-3 py-2";

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: Option[];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateField({ name, label, value }: { name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input id={`filter-${name}`} name={name} type="date" defaultValue={value} className={field} />
    </div>
  );
}

/**
 * The member table's filter: a GET form, so the filter lives in the URL (shareable, the back button works);
 * next/form makes it a client navigation that shows its pending state.
 */
export function MemberFilterForm({ filter, interests }: { filter: MemberFilter; interests: Option[] }) {
  return (
    // autoComplete off: going back shows the fields as that page's URL has them, not as last typed.
    <Form
      action="/admin"
      role="search"
      aria-label="Filter members"
      autoComplete="off"
      className="flex flex-wrap items-end gap-3"
    >
      <div>
        <label htmlFor="q" className="block text-sm font-medium">
          Search by email or name
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q} className={field} />
      </div>
      <Select
        name="newsletter"
        label="Newsletter"
        value={filter.newsletter}
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
      />
      <Select name="interest" label="Interest" value={filter.interest} options={interests} />
      <Select
        name="status"
        label="MailerLite status"
        value={filter.status}
        options={[
          { value: "subscribed", label: "Subscribed" },
          { value: "unsubscribed", label: "Unsubscribed" },
          { value: "bounced", label: "Bounced" },
          { value: "junk", label: "Marked as spam" },
          { value: "deleted", label: "Deleted in MailerLite" },
          { value: "none", label: "Not a subscriber" },
        ]}
      />
      <Select
        name="sync"
        label="Sync"
        value={filter.sync}
        options={[
          { value: "synced", label: "Synced" },
          { value: "pending", label: "Pending" },
          { value: "failed", label: "Failed" },
        ]}
      />
      <DateField name="from" label="Joined from" value={filter.from} />
      <DateField name="to" label="Joined until" value={filter.to} />
      <SubmitButton pendingLabel="Searching…">Search</SubmitButton>
      <Link href="/admin" className="py-2 text-sm text-emerald-800 underline">
        Clear
      </Link>
    </Form>
  );
}
