import { NumbersTable } from "./numbers-table";

const WIDTH = 640;
const HEIGHT = 220;
const TOP = 24;
const BOTTOM = 40;

/**
 * A column per period (members at the end of each month), its number written above it and its period below;
 * SVG drawn on the server, with the numbers as a table for screen readers.
 */
export function ColumnChart({
  title,
  data,
  headers,
}: {
  title: string;
  data: { label: string; short: string; value: number; extra?: number }[];
  /** The table's headers: the period, the value, and the extra number when there is one. */
  headers: string[];
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const slot = WIDTH / Math.max(1, data.length);
  const area = HEIGHT - TOP - BOTTOM;
  return (
    <figure className="space-y-2">
      <figcaption className="font-medium">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-2xl" aria-hidden="true">
        <line x1="0" x2={WIDTH} y1={TOP + area} y2={TOP + area} stroke="var(--color-stone-500)" />
        {data.map((d, i) => {
          const height = (d.value / max) * area;
          const x = i * slot;
          return (
            <g key={d.label}>
              <rect
                x={x + slot * 0.15}
                y={TOP + area - height}
                width={slot * 0.7}
                height={height}
                fill="var(--color-emerald-700)"
              />
              <text
                x={x + slot / 2}
                y={TOP + area - height - 6}
                textAnchor="middle"
                fontSize="13"
                fill="currentColor"
              >
                {d.value}
              </text>
              <text
                x={x + slot / 2}
                y={HEIGHT - BOTTOM + 18}
                textAnchor="middle"
                fontSize="12"
                fill="currentColor"
              >
                {d.short}
              </text>
            </g>
          );
        })}
      </svg>
      <NumbersTable
        caption={title}
        headers={headers}
        rows={data.map((d) => [d.label, d.value, ...(d.extra === undefined ? [] : [d.extra])])}
      />
    </figure>
  );
}
