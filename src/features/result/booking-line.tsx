import { useState } from 'react'

/**
 * What to ask for when booking, ready to paste into a booking form or a message. Copy says what
 * happened; where the clipboard is refused, the line is selected to copy by hand.
 */
export function BookingLine({ text }: { text: string }) {
  const [message, setMessage] = useState('')

  async function handleCopy() {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard')
      await navigator.clipboard.writeText(text)
      setMessage('Copied')
    } catch {
      const line = document.getElementById('booking-text')
      if (line) window.getSelection()?.selectAllChildren(line)
      setMessage('Could not copy: the line is selected, so copy it from the menu.')
    }
  }

  return (
    <div className="booking">
      <div className="booking-head">
        <h2 id="booking-heading">When you book</h2>
        <span className="booking-message" aria-live="polite">
          {message}
        </span>
        <button
          type="button"
          className="button button-secondary"
          aria-describedby="booking-heading"
          onClick={() => void handleCopy()}
        >
          Copy
        </button>
      </div>
      <p id="booking-text" className="booking-text">
        {text}
      </p>
    </div>
  )
}
