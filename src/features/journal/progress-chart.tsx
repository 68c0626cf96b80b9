import { pegScore, type CheckIn } from './journal-data'

const WIDTH = 320
const HEIGHT = 160
const PAD = { left: 26, right: 8, top: 8, bottom: 20 }

/** The x and y of each value, oldest at the left; 0-10 upwards. */
function points(values: readonly number[]): string {
  const span = Math.max(1, values.length - 1)
  const w = WIDTH - PAD.left - PAD.right
  const h = HEIGHT - PAD.top - PAD.bottom
  return values
    .map((v, i) => {
      const x = PAD.left + (values.length === 1 ? w / 2 : (w * i) / span)
      const y = PAD.top + h - (h * v) / 10
      return `${x.toFixed(1)},${y.toFixed(1)}`
    })
    .join(' ')
}

/**
 * Pain and PEG over the check-ins, hand-drawn in SVG. A picture for the eye: its words say what
 * it shows, and the same values are in the table below it for everyone.
 */
export function ProgressChart({ entries }: { entries: readonly CheckIn[] }) {
  const pain = entries.map((e) => e.pain)
  const peg = entries.map(pegScore)
  const first = entries[0]
  const last = entries.at(-1)
  if (!first || !last) return null
  const summary = `Pain from ${first.pain} to ${last.pain}, PEG from ${pegScore(first)} to ${pegScore(last)}, over ${entries.length} check-ins. The values are in the table below.`
  const gridY = (v: number) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - v / 10)
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
        <polyline points={points(peg)} className="chart-peg" />
        <polyline points={points(pain)} className="chart-pain" />
      </svg>
      <figcaption className="chart-key">
        <span className="key-pain">Pain</span>{' '}
        <span className="key-peg">PEG (pain, enjoyment, activity)</span>, 0 to 10, oldest on the left. Lower
        is better.
      </figcaption>
    </figure>
  )
}
