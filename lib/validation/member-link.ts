import { emailChangeLinkSchema } from "./member";

/** The address link a one-button page posts back (whose account, the address, its secret), parsed. */
export function memberLinkFrom(formData: FormData) {
  return emailChangeLinkSchema.safeParse({
    member: formData.get("member"),
    email: formData.get("email"),
    token: formData.get("token"),
  });
}
