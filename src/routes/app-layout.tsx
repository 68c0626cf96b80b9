import { useLayoutEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react'
import { Link, Outlet, useLocation } from 'react-router-dom'
import { applyUpdate, isUpdateOffered, onUpdateChange } from '../state/update-offer'
import { Notice } from '../shared/components/notice'
import { useQuizStore } from '../state/quiz-store'
import { paths } from '../shared/paths'

const APP_NAME = 'Massage Match'

/**
 * The longest gap between a double tap's first lift and its second finger that the guard takes
 * for a double tap (a browser may count slower pairs: Chromium up to 300 ms, more on a desktop).
 * Shorter than the beat before a choice moves on (question-screen's ADVANCE_MS), so a quick tap on
 * the next question after a choice is never taken for the second half of a double tap.
 */
export const DOUBLE_TAP_MS = 250

export const TAP_CUE = 'Tap again to choose'

/**
 * The screen's heading. While a screen's code is still loading, React keeps the previous screen
 * in the page hidden with an inline `display: none` beside "Loading…": its heading is not the one.
 */
function currentHeading(container: HTMLElement): HTMLElement | undefined {
  return [...container.querySelectorAll('h1')].find((h1) => !h1.closest('[style*="display: none"]'))
}

export function AppLayout() {
  const { pathname } = useLocation()
  const notice = useQuizStore((s) => s.notice)
  const dismissNotice = useQuizStore((s) => s.dismissNotice)
  // A new version, offered when no form holds unsaved input (src/state/update-offer.ts); none when prerendered.
  const hasUpdate = useSyncExternalStore(onUpdateChange, isUpdateOffered, () => false)
  const main = useRef<HTMLElement>(null)
  const announcer = useRef<HTMLParagraphElement>(null)
  /** The path the layout last arrived at: null before the first screen. */
  const arrivedAt = useRef<string | null>(null)
  /**
   * For the tap guard (handleClickCapture), on the clock of events' timeStamp (a new Event's is
   * now): when this screen was shown, when the last finger went down, when it lifted, and when the
   * finger before it lifted. Pointer events carry the touch's own time, which a busy phone may
   * deliver late; a click's is when it is dispatched, so the gap is measured lift to finger.
   */
  const taps = useRef({ shown: -Infinity, down: Infinity, up: Infinity, upBefore: Infinity })
  const [cue, setCue] = useState('')

  useLayoutEffect(() => {
    const container = main.current
    if (!container) return
    // The same path again is still the first arrival (React may run an effect twice in development).
    const first = arrivedAt.current === null || arrivedAt.current === pathname
    arrivedAt.current = pathname
    const focused = document.activeElement
    // The app has just started on a page the person may already be using (the start page, which
    // the app takes over once idle while they read or scroll it, or any page where they already
    // put focus): leave focus and scroll where they are, or a key press on its way to the focused
    // link would land on the heading instead.
    const keepFocus = first && ((focused !== null && focused !== document.body) || pathname === '/')
    // Focus the new screen's h1 and name the tab after it, so a screen reader hears the new screen.
    const arriveAt = (heading: HTMLElement) => {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      if (!keepFocus) {
        document.documentElement.scrollTop = 0
        heading.focus()
      }
      document.title = `${heading.textContent ?? ''} – ${APP_NAME}`
      // Words a screen marks with data-announce (e.g. "Question 3 of 7") are read after the heading.
      if (announcer.current)
        announcer.current.textContent = container.querySelector('[data-announce]')?.textContent ?? ''
      if (!first) taps.current.shown = new Event('').timeStamp
    }
    const heading = currentHeading(container)
    if (heading) {
      arriveAt(heading)
      return
    }
    // A lazily loaded screen renders its heading later.
    const observer = new MutationObserver(() => {
      const late = currentHeading(container)
      if (late) {
        observer.disconnect()
        arriveAt(late)
      }
    })
    observer.observe(container, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [pathname])

  /**
   * Ignores a tap that began on the previous screen: its finger went down before this screen was
   * shown, or it is the second half of a quick double tap (the browser counts it, `detail` 2) whose
   * first half was on the previous screen (Start, Next, "None of these"). Any other tap acts at once,
   * however soon. An ignored tap says so until the next one, never silently. In the capture phase,
   * before the control sees the click. See docs/decisions/0010-tap-guard.md.
   */
  function handleClickCapture(event: MouseEvent) {
    const { shown, down, upBefore } = taps.current
    // A click from a key (detail 0) always acts: no finger went down for it.
    if (!event.detail) return
    if (down < shown || (event.detail > 1 && upBefore <= shown && down - upBefore < DOUBLE_TAP_MS)) {
      event.preventDefault()
      event.stopPropagation()
      setCue(TAP_CUE)
    } else setCue('')
  }

  function handleDismiss() {
    dismissNotice()
    // The dismiss button disappears: keep focus in the page rather than losing it to the body.
    if (main.current) currentHeading(main.current)?.focus()
  }

  return (
    <div
      className="app"
      onPointerDownCapture={(event) => {
        taps.current.upBefore = taps.current.up
        taps.current.down = event.timeStamp
      }}
      onPointerUpCapture={(event) => (taps.current.up = event.timeStamp)}
      onClickCapture={handleClickCapture}
    >
      <header className="app-header">
        <Link to={paths.start()} className="app-name">
          {APP_NAME}
        </Link>
      </header>
      <Notice
        message={hasUpdate ? 'A new version is ready.' : null}
        onDismiss={applyUpdate}
        action="Reload"
      />
      <Notice message={notice} onDismiss={handleDismiss} />
      <main ref={main} className="app-main">
        <Outlet />
      </main>
      <p ref={announcer} className="visually-hidden" aria-live="polite" />
      <div className="notice-region notice tap-cue" role="status">
        {cue}
      </div>
    </div>
  )
}
