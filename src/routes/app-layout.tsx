import { useLayoutEffect, useRef } from 'react'
import { Link, Outlet, useLocation } from 'react-router-dom'
import { Notice } from '../components/notice'
import { useQuizStore } from '../state/quiz-store'
import { paths } from './paths'

const APP_NAME = 'Massage Match'

/**
 * Focus the new screen's h1 and name the tab after it, so a screen reader hears the new screen.
 * `keepFocus`: the app has just started on a page where the person already put focus (the
 * prerendered start page works before the app does): leave it there, or a key press on its way
 * to the focused link would land on the heading instead.
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
    const keepFocus = first && focused !== null && focused !== document.body
    const heading = container.querySelector('h1')
    if (heading) {
      arrive(container, heading, announcer.current, keepFocus)
      return
    }
    // A lazily loaded screen renders its heading later.
    const observer = new MutationObserver(() => {
      const late = container.querySelector('h1')
      if (late) {
        observer.disconnect()
        arrive(container, late, announcer.current, keepFocus)
      }
    })
    observer.observe(container, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [pathname])

  function handleDismiss() {
    dismissNotice()
    // The dismiss button disappears: keep focus in the page rather than losing it to the body.
    main.current?.querySelector('h1')?.focus()
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
