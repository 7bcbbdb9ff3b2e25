import { Button } from "@/components/ui/button";
import type { EmailChangeLinkInput } from "@/lib/validation/member";

/**
 * The one button of a page an address link opens: a plain form posting the link back to its server action,
 * so it works without JavaScript and before hydration.
 */
export function MemberLinkForm({
  action,
  link,
  label,
}: {
  action: (formData: FormData) => Promise<void>;
  link: EmailChangeLinkInput;
  label: string;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="member" value={link.member} />
      <input type="hidden" name="email" value={link.email} />
      <input type="hidden" name="token" value={link.token} />
      <Button type="submit">{label}</Button>
    </form>
  );
}
