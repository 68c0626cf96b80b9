import { Link } from 'react-router-dom'
import type { MassageType } from '../../engine'
import { paths } from '../../routes/paths'

/**
 * On the person's own result: a plan with its picks (best first, what the safety check rules out
 * already left out). The plan page shows a plan already made, and the way to the journal.
 */
// journalPaths.plan(), spelled out: importing journal-paths here would make it a chunk of its own,
// shared by the result and the journal, one more file for the app's entry to list.
const PLAN_PATH = `${paths.journal()}/plan`

export function JournalLink({ picks }: { picks: readonly MassageType[] }) {
  return (
    <Link to={PLAN_PATH} state={{ picks }} className="button button-secondary">
      Try it for 6 weeks
    </Link>
  )
}
