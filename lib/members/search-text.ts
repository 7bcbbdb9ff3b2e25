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
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ς/g, "σ").replace(/ß/g, "ss");
}
