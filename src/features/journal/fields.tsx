// The journal's own form pieces; its groups of options are the quiz's (src/components).
import { useState } from 'react'

interface FormButtonsProps {
  /** The way back, e.g. "Back" or "Cancel". */
  back: string
  onBack: () => void
  /** The submit button, e.g. "Save". */
  submit: string
}

/** A form's way back and, beside it, its submit button. */
export function FormButtons({ back, onBack, submit }: FormButtonsProps) {
  return (
    <div className="actions actions-row">
      <button type="button" className="button button-secondary" onClick={onBack}>
        {back}
      </button>
      <button type="submit" className="button button-primary">
        {submit}
      </button>
    </div>
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
