import { Link, Outlet, useLocation } from 'react-router-dom'
import { Notice } from '../shared/components/notice'
import { useQuizStore } from '../state/quiz-store'
import { paths } from '../shared/paths'
import { UpdateLine } from './update-line'
import { APP_NAME, useArrivalFocus } from './use-arrival-focus'
import { useTapGuard } from './use-tap-guard'

/**
 * Around every screen: the app's name, the update line and the store's notice, focus on each new
 * screen's heading, and the tap guard (a tap begun on the previous screen does not act here).
 */
export function AppLayout() {
  const { pathname } = useLocation()
  const notice = useQuizStore((s) => s.notice)
  const dismissNotice = useQuizStore((s) => s.dismissNotice)
  const tapGuard = useTapGuard()
  const { mainRef, announcerRef, focusHeading } = useArrivalFocus(pathname, tapGuard.shownRef)

  function handleDismiss() {
    dismissNotice()
    // The dismiss button disappears: keep focus in the page rather than losing it to the body.
    focusHeading()
  }

  return (
    <div className="app" {...tapGuard.handlers}>
      <header className="app-header">
        <Link to={paths.start()} className="app-name">
          {APP_NAME}
        </Link>
      </header>
      <UpdateLine />
      <Notice message={notice} onDismiss={handleDismiss} />
      <main ref={mainRef} className="app-main">
        <Outlet />
      </main>
      <p ref={announcerRef} className="visually-hidden" aria-live="polite" />
      <div className="notice-region notice tap-cue" role="status">
        {tapGuard.cue}
      </div>
    </div>
  )
}
