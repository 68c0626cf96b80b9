interface ProgressProps {
  current: number
  total: number
}

/** "Question n of 7" in words and as a bar of segments. The layout announces the words on arrival. */
export function Progress({ current, total }: ProgressProps) {
  const text = `Question ${current} of ${total}`
  // Segments rather than an inline width: the page's CSP allows no inline styles.
  const segments = Array.from({ length: total }, (_, i) => i < current)
  return (
    <div className="progress">
      <p className="progress-text" data-announce="">
        {text}
      </p>
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={text}
      >
        {segments.map((done, i) => (
          <span key={i} className={done ? 'progress-segment progress-done' : 'progress-segment'} />
        ))}
      </div>
    </div>
  )
}
