import { useParams } from 'react-router-dom'
import { CheckInScreen } from '../features/journal/check-in-screen'
import { JournalScreen } from '../features/journal/journal-screen'
import { PlanScreen } from '../features/journal/plan-screen'
import { NotFoundScreen } from './not-found-screen'

/**
 * The journal's pages behind one row of the route table (`/journal/:page?/:id?`), so the route
 * table, which is in the app's first chunk, grows by one entry rather than three. A thin file
 * here rather than in features/journal: the bundler orders the app chunk's modules by the path of
 * the first chunk that imports them, and a lazy entry under src/features/ (sorted before
 * src/mount.tsx) moved React Router to the front of the app chunk, which gzips 400 bytes worse.
 */
export function JournalRoute() {
  const { page, id } = useParams()
  if (page === undefined) return <JournalScreen />
  if (page === 'plan' && id === undefined) return <PlanScreen />
  if (page === 'check-in') return <CheckInScreen />
  return <NotFoundScreen />
}
