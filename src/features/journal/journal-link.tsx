import { Link } from 'react-router-dom'
import { paths } from '../../routes/paths'
import { journalPaths } from './journal-paths'
import { hasJournal } from '../../state/journal-key'

/** On the person's own result: start a plan from it, or go back to the journal. */
export function JournalLink() {
  return hasJournal() ? (
    <Link to={paths.journal()} className="button button-secondary">
      Open your journal
    </Link>
  ) : (
    <Link to={journalPaths.plan()} className="button button-secondary">
      Start a 6-week plan
    </Link>
  )
}
