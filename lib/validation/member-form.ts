/**
 * What the sign-up and confirmation forms send (as FormData) and what they show again after an error: the
 * names and reading choices, and any of `fields` (text).
 */
export function memberFormValues<Field extends string>(formData: FormData, fields: Field[]) {
  const text = (name: string) => String(formData.get(name) ?? "");
  const raw = {
    ...(Object.fromEntries(fields.map((name) => [name, text(name)])) as Record<Field, string>),
    firstName: text("firstName"),
    lastName: text("lastName"),
    newsletter: formData.get("newsletter") ?? undefined,
    interests: formData.getAll("interests").map(String),
  };
  return { raw, values: { ...raw, newsletter: raw.newsletter !== undefined } };
}
