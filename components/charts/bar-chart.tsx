import { NumbersTable } from "./numbers-table";

const WIDTH = 640;
const LABEL = 190;
const ROW = 30;
const BAR_AREA = WIDTH - LABEL - 90;

/**
 * Horizontal bars, each labelled with its name and its number (and share, with `total`), so that nothing is
 * told by colour alone; drawn as SVG on the server, with the numbers as a table for screen readers.
 */
export function BarChart({
  title,
  data,
  total,
  unit,
}: {
  title: string;
  data: { label: string; value: number }[];
  total?: number;
  unit: string;
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const share = (value: number) => (total ? ` (${Math.round((100 * value) / Math.max(total, 1))} %)` : "");
  const height = Math.max(1, data.length) * ROW;
  return (
    <figure className="space-y-2">
      <figcaption className="font-medium">{title}</figcaption>
      {data.length === 0 ? (
        <p className="text-sm text-stone-600">Nothing to show yet.</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-2xl" aria-hidden="true">
          {data.map((d, i) => {
            const width = (d.value / max) * BAR_AREA;
            const y = i * ROW;
            return (
              <g key={d.label}>
                <text x={LABEL - 8} y={y + ROW / 2 + 5} textAnchor="end" fontSize="14" fill="currentColor">
                  {d.label.length > 24 ? `${d.label.slice(0, 23)}…` : d.label}
                </text>
                <rect
                  x={LABEL}
                  y={y + 5}
                  width={Math.max(width, 1)}
                  height={ROW - 10}
                  rx="3"
                  fill="var(--color-emerald-700)"
                />
                <text x={LABEL + width + 6} y={y + ROW / 2 + 5} fontSize="14" fill="currentColor">
                  {d.value}
                  {share(d.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <NumbersTable
        caption={title}
        headers={["", unit, ...(total ? ["Share"] : [])]}
        rows={data.map((d) => [
          d.label,
          d.value,
          ...(total ? [`${Math.round((100 * d.value) / Math.max(total, 1))} %`] : []),
        ])}
      />
    </figure>
  );
}
