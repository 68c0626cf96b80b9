interface NoticeProps {
  message: string | null
  onDismiss: () => void
}

/** A polite status line with a dismiss button. The region stays in the page so screen readers announce new text. */
export function Notice({ message, onDismiss }: NoticeProps) {
  return (
    <div className="notice-region" role="status">
      {message ? (
        <div className="notice">
          <p>{message}</p>
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}
