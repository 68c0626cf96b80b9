// The journal's form pieces. They look like the quiz's (the same classes from quiz.css) but are
// its own: importing the quiz's CheckRow and RadioGroup from here splits each into a chunk of its
// own, two more files for the app's entry script to list, which the size budget cannot spare.
import { useState } from 'react'

export interface Choice {
  value: string
  label: string
  hint?: string
}

interface ChoiceGroupProps {
  name: string
  legend: string
  choices: readonly Choice[]
  selected: string | null
  /** 'tiles': 0 to 10 in one row, as the quiz's pain scale. */
  variant: 'rows' | 'tiles'
  onSelect: (value: string) => void
}

/** Native radios in a fieldset whose legend names the group; the whole row (or tile) is the label. */
export function ChoiceGroup({ name, legend, choices, selected, variant, onSelect }: ChoiceGroupProps) {
  const tiles = variant === 'tiles'
  const hints = choices.filter((c) => c.hint)
  const inputs = choices.map((c) => (
    <label key={c.value} className={tiles ? 'tile' : 'option-row'}>
      <input
        type="radio"
        name={name}
        value={c.value}
        checked={selected === c.value}
        // The label alone names a row's radio; its hint describes it.
        aria-labelledby={tiles ? undefined : `${name}-label-${c.value}`}
        aria-describedby={c.hint ? `${name}-hint-${c.value}` : undefined}
        onChange={() => onSelect(c.value)}
      />
      {tiles ? (
        <span className="tile-face">{c.label}</span>
      ) : (
        <span className="option-text">
          <span id={`${name}-label-${c.value}`} className="option-label">
            {c.label}
          </span>
          {c.hint ? (
            <span id={`${name}-hint-${c.value}`} className="option-hint">
              {c.hint}
            </span>
          ) : null}
        </span>
      )}
    </label>
  ))
  return (
    <fieldset className="group">
      <legend className="group-legend">{legend}</legend>
      {tiles ? (
        <>
          <div className="tile-grid">{inputs}</div>
          <ul className="tile-anchors two-anchors">
            {hints.map((c) => (
              <li key={c.value} id={`${name}-hint-${c.value}`}>
                {c.hint}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="option-list">{inputs}</div>
      )}
    </fieldset>
  )
}

interface SignRowProps {
  id: string
  label: string
  detail: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/** One large checkbox row, as on the safety check: the prompt names the box, the detail describes it. */
export function SignRow({ id, label, detail, checked, onChange }: SignRowProps) {
  return (
    <label className="option-row" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={detail ? `${id}-detail` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="option-text">
        <span id={`${id}-label`} className="option-label">
          {label}
        </span>
        {detail ? (
          <span id={`${id}-detail`} className="option-hint">
            {detail}
          </span>
        ) : null}
      </span>
    </label>
  )
}

interface DeleteInTwoTapsProps {
  /** The first tap's button, e.g. "Delete this check-in". */
  label: string
  /** The question the second step asks, as the group's name. */
  question: string
  /** What deleting loses, said before the second tap. */
  warning: string
  confirmLabel: string
  onConfirm: () => void
}

/** Deleting takes two taps: the first asks, the second deletes; "Keep it" backs out. */
export function DeleteInTwoTaps({ label, question, warning, confirmLabel, onConfirm }: DeleteInTwoTapsProps) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setAsking(true)}>
        {label}
      </button>
    )
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{warning}</p>
      <div className="actions actions-row">
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            setAsking(false)
            onConfirm()
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
    </div>
  )
}
