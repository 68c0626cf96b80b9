import { Link } from 'react-router-dom'
import { paths } from '../../routes/paths'

/**
 * On the person's own result: the way to a plan. The plan page reads the same person, so it offers
 * the same picks (best first, what the safety state rules out left out).
 */
// journalPaths.plan(), spelled out: importing journal-paths here would make it a chunk of its own,
// shared by the result and the journal, one more file for the app's entry to list.
const PLAN_PATH = `${paths.journal()}/plan`

export function JournalLink() {
  return (
    <Link to={PLAN_PATH} className="button button-secondary">
      Try it for 6 weeks
    </Link>
  )
}
