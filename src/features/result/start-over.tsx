import { useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'

/** "Start over" in two steps, so a stray tap does not lose the answers. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [confirming, setConfirming] = useState(false)
  const startRef = useRef<HTMLButtonElement>(null)
  const clearRef = useRef<HTMLButtonElement>(null)

  function handleAsk() {
    // flushSync so the new button exists before it takes the focus.
    flushSync(() => setConfirming(true))
    clearRef.current?.focus()
  }

  function handleKeep() {
    flushSync(() => setConfirming(false))
    startRef.current?.focus()
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') handleKeep()
  }

  if (!confirming) {
    return (
      <button ref={startRef} type="button" className="button button-secondary" onClick={handleAsk}>
        Start over
      </button>
    )
  }
  return (
    <div
      className="start-over-confirm"
      role="group"
      aria-labelledby="start-over-question"
      onKeyDown={handleKeyDown}
    >
      <p id="start-over-question">Clear your answers and start again?</p>
      <button ref={clearRef} type="button" className="button button-primary" onClick={onConfirm}>
        Clear my answers
      </button>
      <button type="button" className="button button-secondary" onClick={handleKeep}>
        Keep them
      </button>
    </div>
  )
}
