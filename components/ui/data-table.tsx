import type { ReactNode } from "react";

/**
 * The admin pages' table: one header row of `columns` (an empty name is a visually hidden "Actions"),
 * then the rows given as children (use Row and Cell).
 */
export function DataTable({ columns, children }: { columns: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
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

export function Cell({ children, wrap = "words" }: { children: ReactNode; wrap?: "words" | "all" | "none" }) {
  const wrapping = { words: "break-words", all: "break-all", none: "whitespace-nowrap" }[wrap];
  return <td className={`py-2 pr-3 ${wrapping}`}>{children}</td>;
}
