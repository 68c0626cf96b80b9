import { Link } from 'react-router-dom'
import { MASSAGE_NAMES, type MassageType } from '../../engine'
import type { Person } from '../../person/person'
import { usePerson } from '../../person/use-person'
import { paths } from '../../shared/paths'
import { longDay, today } from './browser'
import { CheckInTable } from './check-in-table'
import type { CheckIn, Journal } from './journal-data'
import { STORAGE_LIMIT_BYTES } from './storage-keys'
import { useJournalStore } from './journal-store'
import { BackupButton, KeepItSafe } from './keep-it-safe'
import { PlanSummary } from './plan-summary'
import { ProgressChart } from './progress-chart'
import { NotedList, SafetyNow } from './safety-now'
import { journalVerdict, type Verdict } from './verdict-words'
import './journal.css'

/** From this share of what the browser allows, the journal says so (early: half of it is years of check-ins). */
const NEAR_FULL = 0.5

/** The journal: the plan, the verdict, the chart and table, and keeping it safe. */
export function JournalScreen() {
  const journal = useJournalStore((s) => s.journal)
  const damaged = useJournalStore((s) => s.damaged)
  const person = usePerson()
  const { plan, entries } = journal
  const next = plan ? nextOption(person, plan.type, plan.next) : null
  const day = today()

  return (
    <div className="screen journal">
      <h1>Your journal</h1>
      <p className="print-only">Massage Match journal, printed on {longDay(day)}.</p>
      <Notice />
      <SafetyNow person={person} />
      <SpaceWarning journal={journal} />
      {plan ? (
        <PlanSummary plan={plan} day={day} allowed={person.allowed} />
      ) : (
        <p>
          Try one massage type once a week for 6 weeks, and check in before you start and after each session.{' '}
          <Link to={paths.plan()}>Start a 6-week plan</Link>
        </p>
      )}
      {journal.noted.length > 0 ? <NotedList noted={journal.noted} /> : null}
      <VerdictSection verdict={journalVerdict(entries, next ? MASSAGE_NAMES[next] : null)} />
      <div className="actions no-print">
        <Link to={paths.checkIn()} className="button button-primary">
          Add a check-in
        </Link>
      </div>
      {entries.length > 0 ? <Progress entries={entries} /> : null}
      <KeepItSafe journal={journal} damaged={damaged} />
    </div>
  )
}

/**
 * The next type to try when massage is not helping: the person's own next option now (their
 * result's ranking, less what their safety state rules out), else the plan's list, less the same.
 */
function nextOption(
  person: Person,
  current: MassageType,
  planNext: readonly MassageType[],
): MassageType | null {
  const allowed = person.allowed ?? planNext
  const list = person.planTypes.length > 0 ? person.planTypes : planNext
  return list.find((type) => type !== current && allowed.includes(type)) ?? null
}

/** The journal's notice (a save that did not land, an import), until dismissed. */
function Notice() {
  const notice = useJournalStore((s) => s.notice)
  const setNotice = useJournalStore((s) => s.setNotice)
  // Like the app's notice, which lives in the first chunk: importing it from here would cost that chunk bytes.
  return (
    <div className="notice-region" role="status">
      {notice ? (
        <div className="notice">
          <p>{notice}</p>
          <button type="button" className="button button-quiet" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}

/** A backup, asked for while there is room: once the browser's space is full, nothing saves. */
function SpaceWarning({ journal }: { journal: Journal }) {
  const used = useJournalStore((s) => s.used)
  if (used < NEAR_FULL * STORAGE_LIMIT_BYTES) return null
  return (
    <div className="journal-warning no-print" role="note">
      <p>
        Your journal fills about {Math.round((used / STORAGE_LIMIT_BYTES) * 100)}% of the space this browser
        gives the app. Download a backup now: once the space is full, new check-ins cannot be saved.
      </p>
      <BackupButton journal={journal} />
    </div>
  )
}

/** Is it working? The verdict in words, and where its start is when none was marked. */
function VerdictSection({ verdict }: { verdict: Verdict }) {
  return (
    <section aria-labelledby="verdict-heading" className="journal-verdict" data-verdict={verdict.kind}>
      <h2 id="verdict-heading">Is it working?</h2>
      <p className="verdict-title">{verdict.title}</p>
      <p>{verdict.text}</p>
      {verdict.firstAsStart && verdict.now ? (
        <p className="result-small">
          No check-in was marked “before the plan”, so your first one is the start, and only the sessions
          after it count.
        </p>
      ) : null}
    </section>
  )
}

/** The chart, and the same values in the table. */
function Progress({ entries }: { entries: readonly CheckIn[] }) {
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Your progress</h2>
      <ProgressChart entries={entries} />
      <CheckInTable entries={entries} />
    </section>
  )
}
