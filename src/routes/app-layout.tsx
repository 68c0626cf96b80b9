import { useLayoutEffect, useRef } from 'react'
import { Link, Outlet, useLocation } from 'react-router-dom'
import { Notice } from '../components/notice'
import { useQuizStore } from '../state/quiz-store'
import { paths } from './paths'

const APP_NAME = 'Massage Match'

/**
 * For this long after a new screen appears, it ignores taps (keys still work): the second tap of
 * a double tap on Start, Next or "None of these" lands on the next screen, and must not tick a
 * warning sign or choose an answer there. Longer than a double tap, shorter than reading.
 */
export const TAP_GUARD_MS = 400

/**
 * Focus the new screen's h1 and name the tab after it, so a screen reader hears the new screen.
 * `keepFocus`: the app has just started on a page the person may already be using (the start
 * page, or any page where they already put focus): leave focus and scroll where they are, or a
 * key press on its way to the focused link would land on the heading instead.
 */
function arrive(
  container: HTMLElement,
  heading: HTMLElement,
  announcer: HTMLElement | null,
  keepFocus: boolean,
) {
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
  if (!keepFocus) {
    document.documentElement.scrollTop = 0
    heading.focus()
  }
  document.title = `${heading.textContent ?? ''} – ${APP_NAME}`
  // Words a screen marks with data-announce (e.g. "Question 3 of 7") are read after the heading.
  if (announcer) announcer.textContent = container.querySelector('[data-announce]')?.textContent ?? ''
}

/**
 * The screen's heading. While a screen's code is still loading, React keeps the previous screen
 * in the page hidden with an inline `display: none` beside "Loading…": its heading is not the one.
 */
function currentHeading(container: HTMLElement): HTMLElement | null {
  for (const heading of container.querySelectorAll('h1')) {
    let hidden = false
    for (let el: HTMLElement | null = heading; el && el !== container; el = el.parentElement) {
      if (el.style.display === 'none') hidden = true
    }
    if (!hidden) return heading
  }
  return null
}

export function AppLayout() {
  const { pathname } = useLocation()
  const notice = useQuizStore((s) => s.notice)
  const dismissNotice = useQuizStore((s) => s.dismissNotice)
  const main = useRef<HTMLElement>(null)
  const announcer = useRef<HTMLParagraphElement>(null)
  /** The path the layout last arrived at: null before the first screen. */
  const arrivedAt = useRef<string | null>(null)

  useLayoutEffect(() => {
    const container = main.current
    if (!container) return
    // The same path again is still the first arrival (React may run an effect twice in development).
    const first = arrivedAt.current === null || arrivedAt.current === pathname
    arrivedAt.current = pathname
    const focused = document.activeElement
    // The start page is the page as loaded (the app takes it over once idle, while the person may
    // be reading or scrolling it): never move focus or scroll there on arrival.
    const keepFocus = first && ((focused !== null && focused !== document.body) || pathname === '/')
    let guard: ReturnType<typeof setTimeout> | undefined
    const arriveAt = (heading: HTMLElement) => {
      arrive(container, heading, announcer.current, keepFocus)
      if (first) return
      container.classList.add('tap-guard')
      guard = setTimeout(() => container.classList.remove('tap-guard'), TAP_GUARD_MS)
    }
    const endGuard = () => {
      clearTimeout(guard)
      container.classList.remove('tap-guard')
    }
    const heading = currentHeading(container)
    if (heading) {
      arriveAt(heading)
      return endGuard
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
    return () => {
      observer.disconnect()
      endGuard()
    }
  }, [pathname])

  function handleDismiss() {
    dismissNotice()
    // The dismiss button disappears: keep focus in the page rather than losing it to the body.
    if (main.current) currentHeading(main.current)?.focus()
  }

  return (
    <div className="app">
      <header className="app-header">
        <Link to={paths.start()} className="app-name">
          {APP_NAME}
        </Link>
      </header>
      <Notice message={notice} onDismiss={handleDismiss} />
      <main ref={main} className="app-main">
        <Outlet />
      </main>
      <p ref={announcer} className="visually-hidden" aria-live="polite" />
    </div>
  )
}
