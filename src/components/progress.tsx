interface ProgressProps {
  current: number
  total: number
}

/** "Question n of 7" in words and as a bar. The layout announces the words on arrival. */
export function Progress({ current, total }: ProgressProps) {
  const text = `Question ${current} of ${total}`
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
        <div className="progress-fill" style={{ width: `${(current / total) * 100}%` }} />
      </div>
    </div>
  )
}
