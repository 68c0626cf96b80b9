import { Link } from 'react-router-dom'
import { paths } from '../../shared/paths'
import { ShareButton } from './share-button'

/** Set when the card link leads to the card: back on the result, focus returns to that link. */
let wentToCard = false

/** Whether the person came back from the card by its link (read once, as the result opens). */
export const cameBackFromCard = () => wentToCard

/** The result has opened: a later arrival is not a return from the card. */
export function resultOpened() {
  wentToCard = false
}

interface ResultActionsProps {
  shareUrl: string
  shareText: string
  /** 'bar': at the bottom of the screen; 'near': a row right under the booking line. */
  place: 'bar' | 'near'
  /** Focus goes to the card link on arrival (back from the card). */
  focusCard: boolean
}

/**
 * Share and the therapist card. The page holds them twice, and placeActions shows one: a bar that
 * stays at the bottom of the screen while the decision fits above it, or else (a small phone,
 * large text) a row right under the booking line, so the bar never covers the booking line and
 * the actions are never far from the decision. The row starts hidden.
 */
export function ResultActions({ shareUrl, shareText, place, focusCard }: ResultActionsProps) {
  return (
    <div className={`result-bar result-bar-${place} no-print`} hidden={place === 'near'} data-actions={place}>
      <ShareButton url={shareUrl} title="Massage Match" text={shareText} />
      <Link
        to={paths.card()}
        className="button button-secondary"
        data-arrival-focus={focusCard ? '' : undefined}
        onClick={() => (wentToCard = true)}
      >
        Show this to your therapist
      </Link>
    </div>
  )
}

/**
 * For the result page's element: shows the bar or the row (ResultActions), measured whenever they
 * or the screen change size (ResizeObserver: every browser the app supports has it). While the bar
 * shows, --result-bar-height tells the page's scrolling how much of the screen's foot it covers,
 * so a control reached by Tab scrolls clear of it (result.css).
 */
export function placeActions(page: HTMLElement | null) {
  const bar = page?.querySelector<HTMLElement>('[data-actions="bar"]')
  const row = page?.querySelector<HTMLElement>('[data-actions="near"]')
  if (!bar || !row || typeof ResizeObserver === 'undefined') return
  const root = document.documentElement
  const check = () => {
    const booking = page?.querySelector('.booking')
    const end = booking ? booking.getBoundingClientRect().bottom + window.scrollY : 0
    const height = (row.hidden ? bar : row).offsetHeight
    const near = height > window.innerHeight / 4 || end + height > window.innerHeight
    if (bar.hidden !== near) bar.hidden = near
    if (row.hidden === near) row.hidden = !near
    root.style.setProperty('--result-bar-height', near ? '0px' : `${height}px`)
  }
  check()
  // In the next frame: a change made while sizes are being reported would be reported again at once.
  let frame = 0
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(check)
  })
  observer.observe(bar)
  observer.observe(row)
  window.addEventListener('resize', check)
  return () => {
    cancelAnimationFrame(frame)
    observer.disconnect()
    window.removeEventListener('resize', check)
    root.style.removeProperty('--result-bar-height')
  }
}
