import type { ColumnUse } from "@/lib/validation/column-use";

const normal = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

const GUESSES: Record<string, ColumnUse> = {
  email: "email",
  emailaddress: "email",
  mail: "email",
  firstname: "firstName",
  givenname: "firstName",
  first: "firstName",
  name: "firstName",
  lastname: "lastName",
  surname: "lastName",
  familyname: "lastName",
  last: "lastName",
  newsletter: "newsletter",
  subscribed: "newsletter",
  subscribedtoemails: "newsletter",
  weeklynewsletter: "newsletter",
  interests: "interests",
  genres: "interests",
  labels: "interests",
};

/** A date or time as exports write them (ISO, day/month/year either way, Unix seconds): never a yes/no. */
const DATE =
  /^(\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}.*)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}( \d{1,2}:\d{2}.*)?|\d{9,10})$/;

/**
 * A first guess from the header: known field names, and columns named after an interest. A column whose first
 * value is a date ("Subscribed: 2024-03-01") is not taken for a yes/no.
 */
export function guessMapping(
  columns: { name: string; sample: string }[],
  interests: { id: string; name: string }[],
): ColumnUse[] {
  const taken = new Set<ColumnUse>();
  return columns.map(({ name: column, sample }) => {
    const interest = interests.find((i) => normal(i.name) === normal(column));
    const use: ColumnUse = interest ? `interest:${interest.id}` : (GUESSES[normal(column)] ?? "ignore");
    const yesNo = use === "newsletter" || use.startsWith("interest:");
    if (yesNo && DATE.test(sample.trim())) return "ignore";
    if (use === "ignore" || taken.has(use)) return "ignore";
    taken.add(use);
    return use;
  });
}

/**
 * Checks a mapping: one column holds the address, and no field or interest comes from two columns. Returns
 * the error of each column at fault (by index) and of the mapping as a whole ("form").
 */
export function mappingErrors(mapping: ColumnUse[], interestIds: Set<string>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const firstColumn = new Map<ColumnUse, number>();
  mapping.forEach((use, index) => {
    if (use.startsWith("interest:") && !interestIds.has(use.slice("interest:".length))) {
      errors[`column-${index}`] = ["Choose an interest on offer"];
      return;
    }
    if (use === "ignore") return;
    const first = firstColumn.get(use);
    if (first !== undefined) errors[`column-${index}`] = [`Column ${first + 1} already holds this`];
    else firstColumn.set(use, index);
  });
  if (!firstColumn.has("email")) errors.form = ["Choose the column that holds the email address"];
  return errors;
}
