/** What a person agreed to by their own click, as kept with their consent. */
export function consentDetailOf(newsletter: boolean, interestNames: string[]): string {
  return `Weekly newsletter: ${newsletter ? "yes" : "no"}. Interests: ${interestNames.join(", ") || "none"}.`;
}
