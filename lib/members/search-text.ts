// The search is a LIKE match, where % and _ are wildcards: the search text and the words searched for hold
// them as characters nobody types (the migration search_literal rewrote the stored ones).
const LITERAL_PERCENT = "\uE025";
const LITERAL_UNDERSCORE = "\uE05F";

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

/**
 * A search word as the search text holds it: without case or accents, in every script ("ÇELİK" finds
 * "Çelik", "ΟΔΥΣΣΕΥΣ" finds "Οδυσσεύς", "Strasse" finds "Straße", "zoe" finds "Zoë").
 */
export function normalizedSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ς/g, "σ")
    .replace(/ß/g, "ss")
    .replace(/%/g, LITERAL_PERCENT)
    .replace(/_/g, LITERAL_UNDERSCORE);
}
