import type { ReactNode } from "react";

/**
 * The admin pages' table: one header row of `columns` (an empty name is a visually hidden "Actions"),
 * then the rows given as children (use Row and Cell).
 */
export function DataTable({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    // Relative: its visually hidden (absolute) labels scroll with it instead of widening the page.
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-300">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className="py-2 pr-3">
                {column || <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <tr className="border-b border-stone-200 align-top">{children}</tr>;
}

export function Cell({
  children,
  wrap = "words",
}: {
  children: ReactNode;
  /** "truncate": one line, cut with an ellipsis (give the full text as a title in the content). */
  wrap?: "words" | "all" | "none" | "truncate";
}) {
  const wrapping = {
    words: "break-words",
    all: "break-all",
    none: "whitespace-nowrap",
    truncate: "max-w-[14rem] truncate",
  }[wrap];
  return <td className={`py-2 pr-3 ${wrapping}`}>{children}</td>;
}
