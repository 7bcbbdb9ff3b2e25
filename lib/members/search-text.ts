/** What the admin search matches: the address and names, lower-cased for every script (not only ASCII). */
export function searchTextOf({
  email,
  firstName = "",
  lastName = "",
}: {
  email: string;
  firstName?: string;
  lastName?: string;
}) {
  return normalizedSearch([email, firstName, lastName].join(" "));
}

/** A search word as the search text holds it. */
export function normalizedSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}
