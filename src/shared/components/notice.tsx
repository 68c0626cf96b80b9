interface NoticeProps {
  message: string | null
  onDismiss: () => void
  /** The button's words: "Dismiss" unless it does something else (e.g. "Reload"). */
  action?: string
}

/** A polite status line with a dismiss button. The region stays in the page so screen readers announce new text. */
export function Notice({ message, onDismiss, action = 'Dismiss' }: NoticeProps) {
  return (
    <div className="notice-region" role="status">
      {message ? (
        <div className="notice">
          <p>{message}</p>
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            {action}
          </button>
        </div>
      ) : null}
    </div>
  )
}
