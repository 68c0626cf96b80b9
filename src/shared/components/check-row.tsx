import type { ScreeningEntry, ScreeningItem } from '../../engine'
import './options.css'

interface CheckRowProps {
  id: string
  label: string
  detail: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/** One large checkbox row: the whole row is the label, the detail describes the box. */
function CheckRow({ id, label, detail, checked, onChange }: CheckRowProps) {
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

interface ScreeningGroupProps {
  legend: string
  /** Words under the legend, if any. */
  note?: string
  entries: readonly ScreeningEntry[]
  ticked: readonly ScreeningItem[]
  onTick: (item: ScreeningItem, on: boolean) => void
}

/**
 * Items of the safety check's table as a group named by its legend, one row each in table order:
 * the check's pages and the journal's warning signs ask them alike.
 */
export function ScreeningGroup({ legend, note, entries, ticked, onTick }: ScreeningGroupProps) {
  return (
    <fieldset className="group">
      <legend className="group-legend">{legend}</legend>
      {note ? <p className="group-note">{note}</p> : null}
      <div className="option-list">
        {entries.map((entry) => (
          <CheckRow
            key={entry.item}
            id={`check-${entry.item}`}
            label={entry.prompt}
            detail={entry.detail}
            checked={ticked.includes(entry.item)}
            onChange={(on) => onTick(entry.item, on)}
          />
        ))}
      </div>
    </fieldset>
  )
}
