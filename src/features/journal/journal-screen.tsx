import { useState, type ChangeEvent } from 'react'
import { Link } from 'react-router-dom'
import { MASSAGE_NAMES, SCREENING_TABLE, screeningShort } from '../../engine'
import { journalPaths } from './journal-paths'
import { downloadFile, longDay, readFileText, today } from './browser'
import { CheckInTable } from './check-in-table'
import { journalCsv } from './export-csv'
import { planCalendar } from './ics'
import { addDays, daysBetween, parseJournal, serializeJournal, type Journal, type Plan } from './journal-data'
import { DeleteInTwoTaps } from './fields'
import { useJournalStore } from './journal-store'
import { ProgressChart } from './progress-chart'
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
  const { plan, entries } = journal
  const nextName = plan?.next[0] ? MASSAGE_NAMES[plan.next[0]] : null
  const verdict = journalVerdict(entries, nextName)
  const latest = entries.at(-1)
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
      {plan ? (
        <PlanSummary plan={plan} day={day} />
      ) : (
        <p>
          Try one massage type once a week for 6 weeks, and check in before you start and after each session.{' '}
          <Link to={journalPaths.plan()}>Start a 6-week plan</Link>
        </p>
      )}
      {latest && latest.signs.length > 0 ? (
        <div className="journal-warning" role="note">
          <p>
            At your last check-in you noted: {latest.signs.map(screeningShort).join(', ')}. Get checked before
            your next session: how soon is below.
          </p>
          {/* Each sign's own advice: some need a doctor today, not just before the next session. */}
          <ul className="advice-list">
            {SCREENING_TABLE.filter((e) => latest.signs.includes(e.item)).map((e) => (
              <li key={e.item}>
                <strong>{e.short}.</strong> {e.advice}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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

function PlanSummary({ plan, day }: { plan: Plan; day: string }) {
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
      {plan.next.length > 0 ? (
        <p className="result-small">
          Next on your list: {plan.next.map((t) => MASSAGE_NAMES[t]).join(', ')}.
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
