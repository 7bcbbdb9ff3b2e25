import Link from "next/link";
import { LinkPending } from "./link-pending";

/**
 * Previous / next links that keep the other query parameters. `more`: there are more pages than `pageCount`
 * (the count stopped there).
 */
export function Pagination({
  page,
  pageCount,
  more = false,
  params,
}: {
  page: number;
  pageCount: number;
  more?: boolean;
  params: Record<string, string>;
}) {
  if (pageCount <= 1 && !more) return null;
  const href = (target: number) => `?${new URLSearchParams({ ...params, page: String(target) }).toString()}`;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)}>
          Previous
          <LinkPending />
        </Link>
      ) : (
        <span className="text-stone-600">Previous</span>
      )}
      <span>
        Page {page} of {more ? `more than ${pageCount}` : pageCount}
      </span>
      {page < pageCount || more ? (
        <Link href={href(page + 1)}>
          Next
          <LinkPending />
        </Link>
      ) : (
        <span className="text-stone-600">Next</span>
      )}
    </nav>
  );
}
