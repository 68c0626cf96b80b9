import { useState, type ChangeEvent } from 'react'
import { Link } from 'react-router-dom'
import { MASSAGE_NAMES, SCREENING_TABLE, screeningShort, type MassageType } from '../../engine'
import type { Person } from '../../person/person'
import { usePerson } from '../../person/use-person'
import { paths } from '../../routes/paths'
import { journalPaths } from './journal-paths'
import { downloadFile, longDay, readFileText, today } from './browser'
import { CheckInTable } from './check-in-table'
import { journalCsv } from './export-csv'
import { planCalendar } from './ics'
import { addDays, daysBetween, parseJournal, serializeJournal, type Journal, type Plan } from './journal-data'
import { DeleteInTwoTaps } from './fields'
import { useJournalStore } from './journal-store'
import { ProgressChart } from './progress-chart'
import { howSoonHeading } from './how-soon'
import { journalVerdict } from './verdict'
import './journal.css'

export const NOT_A_BACKUP =
  "This file isn't a Massage Match journal backup, or it is damaged, so nothing was changed. Choose the .json file you downloaded with “Download a backup”."

/** The journal: the plan, the verdict, the chart and table, and keeping it safe. */
export function JournalScreen() {
  const journal = useJournalStore((s) => s.journal)
  const notice = useJournalStore((s) => s.notice)
  const damaged = useJournalStore((s) => s.damaged)
  const setNotice = useJournalStore((s) => s.setNotice)
  const person = usePerson()
  const { plan, entries } = journal
  const next = plan ? nextOption(person, plan.type, plan.next) : null
  const verdict = journalVerdict(entries, next ? MASSAGE_NAMES[next] : null)
  const day = today()

  return (
    <div className="screen journal">
      <h1>Your journal</h1>
      <p className="print-only">Massage Match journal, printed on {longDay(day)}.</p>
      {/* Like the app's notice, which lives in the first chunk: importing it from here would cost that chunk bytes. */}
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
      <SafetyNow person={person} />
      {plan ? (
        <PlanSummary plan={plan} day={day} allowed={person.allowed} />
      ) : (
        <p>
          Try one massage type once a week for 6 weeks, and check in before you start and after each session.{' '}
          <Link to={journalPaths.plan()}>Start a 6-week plan</Link>
        </p>
      )}
      {journal.noted.length > 0 ? <NotedList noted={journal.noted} /> : null}
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
      <div className="actions no-print">
        <Link to={journalPaths.checkIn()} className="button button-primary">
          Add a check-in
        </Link>
      </div>
      {entries.length > 0 ? (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">Your progress</h2>
          <ProgressChart entries={entries} />
          <CheckInTable entries={entries} />
        </section>
      ) : null}
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

/**
 * What the person's safety state says now, as the result says it: nothing to add while massage is
 * fine, "see a doctor first" or "get medical help now" with each sign's advice and when it was noted.
 */
function SafetyNow({ person }: { person: Person }) {
  if (person.level !== 'doctor-first' && person.level !== 'urgent') return null
  const urgent = person.level === 'urgent'
  const signs = person.signs.filter(({ flag }) => flag.level !== 'caution')
  return (
    <div className="journal-warning" role="note">
      <p className="verdict-title">
        {urgent ? 'Get medical help now' : howSoonHeading(signs.map((s) => s.flag.item))}
      </p>
      <ul className="advice-list">
        {signs.map(({ flag, source }) => (
          <li key={flag.item}>
            <strong>
              {screeningShort(flag.item)}
              {source.from === 'check-in' ? ` (noted ${longDay(source.day)})` : ''}.
            </strong>{' '}
            {flag.advice}
          </li>
        ))}
      </ul>
      {urgent ? (
        <Link to={paths.stop()} className="button button-primary">
          What to do now
        </Link>
      ) : null}
      {/* The way out once a doctor has seen them: a new check supersedes the signs noted before it. */}
      <p className="result-small">
        Once a doctor has checked you, take the safety check again: your result and this journal follow it.
      </p>
      <Link to={paths.check()} className="button button-secondary no-print">
        Take the safety check again
      </Link>
    </div>
  )
}

/** The warning signs noted at check-ins, newest first: each day, what was noted, and what to do. */
function NotedList({ noted }: { noted: Journal['noted'] }) {
  const newestFirst = [...noted].sort((a, b) =>
    a.date === b.date ? b.created - a.created : a.date < b.date ? 1 : -1,
  )
  return (
    <section aria-labelledby="noted-heading">
      <h2 id="noted-heading">Warning signs you noted</h2>
      <ul className="noted-list">
        {newestFirst.map((record) => (
          <li key={record.id}>
            <strong>{longDay(record.date)}:</strong> {record.signs.map(screeningShort).join(', ')}.
            <ul className="advice-list">
              {SCREENING_TABLE.filter((e) => record.signs.includes(e.item)).map((e) => (
                <li key={e.item}>{e.advice}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  )
}

function PlanSummary({
  plan,
  day,
  allowed,
}: {
  plan: Plan
  day: string
  allowed: readonly MassageType[] | null
}) {
  const name = MASSAGE_NAMES[plan.type]
  const week = Math.floor(daysBetween(plan.start, day) / 7) + 1
  const when =
    week < 1
      ? `It starts on ${longDay(plan.start)}.`
      : week > plan.weeks
        ? `It ended on ${longDay(addDays(plan.start, 7 * (plan.weeks - 1)))}.`
        : `This is week ${week} of ${plan.weeks}.`

  function handleCalendar() {
    const url = window.location.href.split('#')[0] + '#' + journalPaths.checkIn()
    downloadFile('massage-plan.ics', 'text/calendar', planCalendar(plan, name, new Date(), url))
  }

  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">Your plan</h2>
      <p>
        {name}, once a week for {plan.weeks} weeks, from {longDay(plan.start)} at {plan.time}. {when}
      </p>
      {allowed && !allowed.includes(plan.type) ? (
        <p className="journal-warning-line">
          {name} is ruled out for now by what you told us: do not book it until it is safe again.
        </p>
      ) : null}
      {plan.next.length > 0 ? (
        <p className="result-small">
          Next on your list:{' '}
          {plan.next
            .filter((t) => !allowed || allowed.includes(t))
            .map((t) => MASSAGE_NAMES[t])
            .join(', ') || 'none that is safe for you now'}
          .
        </p>
      ) : null}
      <div className="actions actions-row no-print">
        <button type="button" className="button button-secondary" onClick={handleCalendar}>
          Add to calendar
        </button>
        <Link to={journalPaths.plan()} className="button button-secondary">
          Change the plan
        </Link>
      </div>
      <p className="result-small no-print">
        “Add to calendar” saves a file your phone’s calendar opens: a weekly reminder, so you remember to
        check in.
      </p>
    </section>
  )
}

/** Backup, export, import, print and delete: the journal is only on this phone. */
function KeepItSafe({ journal, damaged }: { journal: Journal; damaged: string | null }) {
  const replace = useJournalStore((s) => s.replace)
  const deleteAll = useJournalStore((s) => s.deleteAll)
  const setNotice = useJournalStore((s) => s.setNotice)
  const [pending, setPending] = useState<Journal | null>(null)
  const count = journal.entries.length
  const hasAny = count > 0 || journal.plan !== null
  const stamp = today()

  async function handleImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    const result = parseJournal(await readFileText(file).catch(() => ''))
    if (result.unreadable) {
      setNotice(NOT_A_BACKUP)
      return
    }
    if (hasAny) {
      setPending(result.journal)
      return
    }
    finishImport(result.journal, result.dropped)
  }

  function finishImport(imported: Journal, dropped = 0) {
    replace(imported)
    setPending(null)
    const n = imported.entries.length
    setNotice(
      `Backup imported: ${n} ${n === 1 ? 'check-in' : 'check-ins'}.` +
        (dropped > 0
          ? ` ${dropped} part${dropped === 1 ? '' : 's'} of the file couldn't be read and were left out.`
          : ''),
    )
  }

  return (
    <section aria-labelledby="safe-heading" className="no-print">
      <h2 id="safe-heading">Keep your journal safe</h2>
      <p>
        Your journal is only on this phone: nothing is sent anywhere, and a shared link never includes it.
        Some browsers clear a site’s data after a few weeks without a visit, so download a backup now and
        then.
      </p>
      <div className="actions">
        {hasAny ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadFile(`massage-journal-${stamp}.json`, 'application/json', serializeJournal(journal))
              }
            >
              Download a backup
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadFile(`massage-journal-${stamp}.csv`, 'text/csv', journalCsv(journal.entries))
              }
            >
              Download as a spreadsheet (CSV)
            </button>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              Print a summary
            </button>
          </>
        ) : null}
        {damaged !== null ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => downloadFile(`massage-journal-damaged-${stamp}.txt`, 'text/plain', damaged)}
          >
            Download the damaged copy
          </button>
        ) : null}
        <label className="button button-secondary file-button">
          Import a backup
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={handleImport}
          />
        </label>
      </div>
      {pending ? (
        <div className="confirm" role="group" aria-label="Replace your journal?">
          <p>
            The backup replaces the journal on this phone ({count} {count === 1 ? 'check-in' : 'check-ins'})
            with the one in the file ({pending.entries.length}).
          </p>
          <div className="actions actions-row">
            <button type="button" className="button button-primary" onClick={() => finishImport(pending)}>
              Replace it
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {hasAny || damaged !== null ? (
        <div className="actions">
          <DeleteInTwoTaps
            label="Delete everything"
            question="Delete everything?"
            warning="This deletes your plan and every check-in from this phone. It cannot be undone."
            confirmLabel="Yes, delete everything"
            onConfirm={deleteAll}
          />
        </div>
      ) : null}
    </section>
  )
}
