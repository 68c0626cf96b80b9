import './progress.css'

interface ProgressProps {
  current: number
  total: number
}

/** "Question n of 7" in words and as a bar of segments. The layout announces the words on arrival. */
export function Progress({ current, total }: ProgressProps) {
  const text = `Question ${current} of ${total}`
  return (
    <div className="progress">
      <p className="progress-text" data-announce="">
        {text}
      </p>
      <SegmentBar current={current} total={total} text={text} />
    </div>
  )
}

/** The bar: one segment a question, filled up to this one. */
function SegmentBar({ current, total, text }: ProgressProps & { text: string }) {
  // Segments rather than an inline width: the page's CSP allows no inline styles.
  return (
    <div
      className="progress-track"
      role="progressbar"
      aria-label="Quiz progress"
      aria-valuemin={1}
      aria-valuemax={total}
      aria-valuenow={current}
      aria-valuetext={text}
    >
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={i < current ? 'progress-segment progress-done' : 'progress-segment'} />
      ))}
    </div>
  )
}
