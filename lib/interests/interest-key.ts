/** What makes two interest names the same: case, surrounding and repeated spaces, Unicode variants aside. */
export function interestKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("und");
}
