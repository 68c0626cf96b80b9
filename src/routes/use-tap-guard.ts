import { useRef, useState, type MouseEvent, type PointerEvent } from 'react'

/**
 * The longest gap between a double tap's first lift and its second finger that the guard takes
 * for a double tap (a browser may count slower pairs: Chromium up to 300 ms, more on a desktop).
 * Shorter than the beat before a choice moves on (question-screen's ADVANCE_MS), so a quick tap on
 * the next question after a choice is never taken for the second half of a double tap.
 */
export const DOUBLE_TAP_MS = 250

export const TAP_CUE = 'Tap again to choose'

/**
 * Ignores a tap that began on the previous screen: its finger went down before this screen was
 * shown, or it is the second half of a quick double tap (the browser counts it, `detail` 2) whose
 * first half was on the previous screen (Start, Next, "None of these"). Any other tap acts at once,
 * however soon. An ignored tap says so (`cue`) until the next one, never silently. The handlers go
 * on the app's outer element, in the capture phase, before any control sees the click; `shownRef`
 * is for the layout to set when a new screen is shown. See docs/decisions/0010-tap-guard.md.
 */
export function useTapGuard() {
  /** When this screen was shown, on the clock of events' timeStamp (a new Event's is now). */
  const shownRef = useRef(-Infinity)
  /**
   * When the last finger went down, when it lifted, and when the finger before it lifted. Pointer
   * events carry the touch's own time, which a busy phone may deliver late; a click's is when it
   * is dispatched, so the gap is measured lift to finger.
   */
  const finger = useRef({ down: Infinity, up: Infinity, upBefore: Infinity })
  const [cue, setCue] = useState('')

  function onClickCapture(event: MouseEvent) {
    const { down, upBefore } = finger.current
    // A click from a key (detail 0) always acts: no finger went down for it.
    if (!event.detail) return
    const before = shownRef.current
    if (down < before || (event.detail > 1 && upBefore <= before && down - upBefore < DOUBLE_TAP_MS)) {
      event.preventDefault()
      event.stopPropagation()
      setCue(TAP_CUE)
    } else setCue('')
  }

  const handlers = {
    onPointerDownCapture(event: PointerEvent) {
      finger.current.upBefore = finger.current.up
      finger.current.down = event.timeStamp
    },
    onPointerUpCapture(event: PointerEvent) {
      finger.current.up = event.timeStamp
    },
    onClickCapture,
  }
  return { cue, shownRef, handlers }
}
