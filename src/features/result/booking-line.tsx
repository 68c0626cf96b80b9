import { useState } from 'react'

/**
 * What to ask for when booking, ready to paste into a booking form or a message. Copy says what
 * happened; where the clipboard is refused, the line is selected to copy by hand.
 */
export function BookingLine({ text }: { text: string }) {
  // Each message is a new line in the live region, so a second "Copied" is announced again
  // rather than leaving the region's words as they were (WCAG 4.1.3).
  const [said, setSaid] = useState({ message: '', times: 0 })
  const setMessage = (message: string) => setSaid((last) => ({ message, times: last.times + 1 }))

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
          <span key={said.times}>{said.message}</span>
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
