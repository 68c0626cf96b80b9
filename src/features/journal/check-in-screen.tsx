import { useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { paths } from '../../shared/paths'
import { deletedWithDraft } from './check-in-draft'
import { CheckInForm } from './check-in-form'
import { useJournalStore } from './journal-store'
import { NewCheckIn } from './new-check-in'
import './journal.css'

/** A new check-in (the warning signs first), or a change to one: `#/journal/check-in/:id`. */
export function CheckInScreen() {
  const { id } = useParams()
  const entries = useJournalStore((s) => s.journal.entries)
  // The check-in as the form opened it: deleted in another tab meanwhile, it stays on screen with
  // what was typed, and Save brings it back (the later action wins, with a notice); so does a
  // change kept as a draft, if the form opens again after the delete.
  const [opened] = useState(() => entries.find((e) => e.id === id) ?? deletedWithDraft(id))
  if (id === undefined) return <NewCheckIn />
  const entry = entries.find((e) => e.id === id) ?? (opened?.id === id ? opened : undefined)
  return entry ? <CheckInForm entry={entry} /> : <NotFound />
}

/** A check-in that is not in the journal (any more), and the way back. */
function NotFound() {
  return (
    <div className="screen">
      <h1>This check-in can't be found</h1>
      <p>It may have been deleted, or the journal was replaced by a backup.</p>
      <p>
        <Link to={paths.journal()} className="button button-primary">
          Back to your journal
        </Link>
      </p>
    </div>
  )
}
