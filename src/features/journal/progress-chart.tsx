import { shortDay } from '../../shared/days'
import { pegScore, type CheckIn } from './journal-data'

const WIDTH = 320
const HEIGHT = 160
const PAD = { left: 26, right: 8, top: 8, bottom: 22 }

/** The x and y of each value, oldest at the left; 0-10 upwards. */
function xy(values: readonly number[]): [number, number][] {
  const span = Math.max(1, values.length - 1)
  const w = WIDTH - PAD.left - PAD.right
  const h = HEIGHT - PAD.top - PAD.bottom
  return values.map((v, i) => [
    PAD.left + (values.length === 1 ? w / 2 : (w * i) / span),
    PAD.top + h - (h * v) / 10,
  ])
}

function points(values: readonly number[]): string {
  return xy(values)
    .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(' ')
}

/** The days under the x axis: the first check-in's and the last's, and the middle one's past two. */
function dateTicks(
  entries: readonly CheckIn[],
): { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[] {
  const first = entries[0]
  const last = entries.at(-1)
  if (!first || !last) return []
  const withYear = first.date.slice(0, 4) !== last.date.slice(0, 4)
  const at = xy(entries.map(() => 0))
  const picks =
    entries.length === 1
      ? [0]
      : entries.length === 2
        ? [0, 1]
        : [0, (entries.length - 1) >> 1, entries.length - 1]
  return picks.map((i, n) => ({
    x: at[i]?.[0] ?? 0,
    label: shortDay(entries[i]?.date ?? '', withYear),
    anchor: entries.length === 1 || (n > 0 && n < picks.length - 1) ? 'middle' : n === 0 ? 'start' : 'end',
  }))
}

/** What the chart shows, in words: one check-in as a dot, or the line from the first to the last. */
const CHART_WORDS: Readonly<
  Record<'dot' | 'line', (first: CheckIn, last: CheckIn, count: number) => string>
> = {
  dot: (first) =>
    `Pain ${first.pain}, and your 3-question score ${pegScore(first)}, at your first check-in. The line starts after your second check-in. The values are in the table below.`,
  line: (first, last, count) =>
    `Pain from ${first.pain} to ${last.pain}, and your 3-question score from ${pegScore(first)} to ${pegScore(last)}, over ${count} check-ins. The values are in the table below.`,
}

/**
 * Pain and PEG over the check-ins, hand-drawn in SVG. A picture for the eye: its words say what
 * it shows, and the same values are in the table below it for everyone. PEG is "your 3-question
 * score", said in full once, in the key, with the check-in's own words for its questions: the
 * acronym means nothing to the person.
 */
export function ProgressChart({ entries }: { entries: readonly CheckIn[] }) {
  const pain = entries.map((e) => e.pain)
  const peg = entries.map(pegScore)
  const first = entries[0]
  const last = entries.at(-1)
  if (!first || !last) return null
  // One check-in makes no line: draw it as two dots and say when the line starts, so the chart
  // is not a blank grid.
  const single = entries.length === 1
  const summary = CHART_WORDS[single ? 'dot' : 'line'](first, last, entries.length)
  const gridY = (v: number) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - v / 10)
  const [pegDot] = xy(peg)
  const [painDot] = xy(pain)
  return (
    <figure className="journal-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Chart: ${summary}`}>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={gridY(v)} y2={gridY(v)} className="chart-grid" />
            <text x={PAD.left - 6} y={gridY(v) + 4} className="chart-label" textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {single && pegDot && painDot ? (
          <>
            {/* PEG as a ring around the pain dot, so both show when they are the same. */}
            <circle cx={pegDot[0]} cy={pegDot[1]} r={7} className="chart-peg-dot" />
            <circle cx={painDot[0]} cy={painDot[1]} r={4} className="chart-pain-dot" />
          </>
        ) : (
          <>
            {/* The dashed score on top of the wider solid pain line: where the two are equal, both show. */}
            <polyline points={points(pain)} className="chart-pain" />
            <polyline points={points(peg)} className="chart-peg" />
          </>
        )}
        {dateTicks(entries).map(({ x, label, anchor }) => (
          <text key={x} x={x} y={HEIGHT - 6} className="chart-label" textAnchor={anchor}>
            {label}
          </text>
        ))}
      </svg>
      <figcaption className="chart-key">
        <span className="key-pain">Pain</span> and <span className="key-peg">your 3-question score</span> (the
        average of your answers on pain, enjoying life and daily activities), each 0 to 10, oldest on the
        left. Lower is better.
        {single ? ' Your chart’s line starts after your second check-in.' : null}
      </figcaption>
    </figure>
  )
}
