interface CheckRowProps {
  id: string
  label: string
  detail: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/** One large checkbox row: the whole row is the label, the detail describes the box. */
export function CheckRow({ id, label, detail, checked, onChange }: CheckRowProps) {
  const detailId = `${id}-detail`
  return (
    <label className="option-row" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        // The prompt alone names the box; the detail (inside the same tappable row) describes it.
        aria-labelledby={`${id}-label`}
        aria-describedby={detail ? detailId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="option-text">
        <span id={`${id}-label`} className="option-label">
          {label}
        </span>
        {detail ? (
          <span id={detailId} className="option-hint">
            {detail}
          </span>
        ) : null}
      </span>
    </label>
  )
}
