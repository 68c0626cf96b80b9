import { useLayoutEffect, useRef, type RefObject } from 'react'

export const APP_NAME = 'Massage Match'

/**
 * The screen's heading. While a screen's code is still loading, React keeps the previous screen
 * in the page hidden with an inline `display: none` beside "Loading…": its heading is not the one.
 */
function currentHeading(container: HTMLElement): HTMLElement | undefined {
  return [...container.querySelectorAll('h1')].find((h1) => !h1.closest('[style*="display: none"]'))
}

/**
 * On arrival at a new screen (`pathname`), once its heading is there (a lazily loaded screen
 * renders it later): focus the h1 and name the tab after it, so a screen reader hears the new
 * screen, and read out what the screen marks with data-announce (e.g. "Question 3 of 7") after
 * it; a control the screen marks with data-arrival-focus (a way back) takes focus instead of the
 * heading. `mainRef` goes on the element the screens render in, `announcerRef` on a polite live region.
 * `shownRef` is set to the moment of arrival, on the clock of events' timeStamp (not on the first
 * screen: the tap guard's). `focusHeading` puts focus back on the screen's heading.
 */
export function useArrivalFocus(pathname: string, shownRef: RefObject<number>) {
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
    // The app has just started on a page the person may already be using (the start page, which
    // the app takes over once idle while they read or scroll it, or any page where they already
    // put focus): leave focus and scroll where they are, or a key press on its way to the focused
    // link would land on the heading instead.
    const keepFocus = first && ((focused !== null && focused !== document.body) || pathname === '/')
    const arriveAt = (heading: HTMLElement) => {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      if (!keepFocus) {
        document.documentElement.scrollTop = 0
        // A screen may name the control to return to (the link the person left it by); otherwise
        // the heading, without scrolling: the screen opens at its top.
        const back = [...container.querySelectorAll<HTMLElement>('[data-arrival-focus]')].find(
          (el) => el.getClientRects().length > 0,
        )
        if (back) back.focus()
        else heading.focus({ preventScroll: true })
      }
      document.title = `${heading.textContent ?? ''} – ${APP_NAME}`
      if (announcer.current)
        announcer.current.textContent = container.querySelector('[data-announce]')?.textContent ?? ''
      if (!first) shownRef.current = new Event('').timeStamp
    }
    const heading = currentHeading(container)
    if (heading) {
      arriveAt(heading)
      return
    }
    const observer = new MutationObserver(() => {
      const late = currentHeading(container)
      if (late) {
        observer.disconnect()
        arriveAt(late)
      }
    })
    observer.observe(container, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [pathname, shownRef])

  return {
    mainRef: main,
    announcerRef: announcer,
    focusHeading() {
      if (main.current) currentHeading(main.current)?.focus()
    },
  }
}
