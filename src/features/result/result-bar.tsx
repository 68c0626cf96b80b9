import { Link } from 'react-router-dom'
import { paths } from '../../shared/paths'
import { ShareButton } from './share-button'

/** Share and the therapist card, in a bar at the bottom of the result. */
export function ResultBar({ shareUrl, shareText }: { shareUrl: string; shareText: string }) {
  return (
    <div className="result-bar no-print" ref={keepBarSmall}>
      <ShareButton url={shareUrl} title="Massage Match" text={shareText} />
      <Link to={paths.card()} className="button button-secondary">
        Show this to your therapist
      </Link>
    </div>
  )
}

/**
 * The bar stays in view while it is small; with large text it would cover much of the screen, so
 * it then rests at the end of the page (ResizeObserver: every browser the app supports has it).
 */
function keepBarSmall(bar: HTMLDivElement | null) {
  if (!bar || typeof ResizeObserver === 'undefined') return
  const check = () => bar.classList.toggle('result-bar-static', bar.offsetHeight > window.innerHeight / 4)
  const observer = new ResizeObserver(check)
  observer.observe(bar)
  window.addEventListener('resize', check)
  return () => {
    observer.disconnect()
    window.removeEventListener('resize', check)
  }
}
