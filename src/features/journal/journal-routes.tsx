import { useParams } from 'react-router-dom'
import { NotFoundScreen } from '../../routes/not-found-screen'
import { CheckInScreen } from './check-in-screen'
import { JournalScreen } from './journal-screen'
import { PlanScreen } from './plan-screen'

/**
 * The journal's pages behind one row of the route table (`/journal/:page?/:id?`), so the route
 * table, which is in the app's first chunk, grows by one entry rather than three.
 */
export function JournalRoutes() {
  const { page, id } = useParams()
  if (page === undefined) return <JournalScreen />
  if (page === 'plan' && id === undefined) return <PlanScreen />
  if (page === 'check-in') return <CheckInScreen />
  return <NotFoundScreen />
}
