import { useState, type ChangeEvent } from 'react'
import { Link } from 'react-router-dom'
import { MASSAGE_NAMES, SCREENING_TABLE, screeningShort, type MassageType } from '../../engine'
import type { Person } from '../../person/person'
import { usePerson } from '../../person/use-person'
import { paths } from '../../shared/paths'
import { downloadFile, longDay, readFileText, today } from './browser'
import { CheckInTable } from './check-in-table'
import { journalCsv } from './export-csv'
import { planCalendar } from './ics'
import {
  addDays,
  daysBetween,
  isEmptyJournal,
  parseBackup,
  serializeJournal,
  type BackupRead,
  type Journal,
  type Plan,
} from './journal-data'
import { DeleteInTwoTaps } from './fields'
import { STORAGE_LIMIT_BYTES } from './journal-storage'
import { useJournalStore } from './journal-store'
import {
  IMPORT_NOT_SAVED,
  KEPT_WORDS,
  MAY_CLEAR_WORDS,
  NOT_A_BACKUP,
  NOT_DELETED,
  NOTHING_TO_IMPORT,
} from './journal-words'
import { ProgressChart } from './progress-chart'
import { howSoonHeading } from './how-soon'
import { journalVerdict } from './verdict-words'
import './journal.css'

/** From this share of what the browser allows, the journal says so (early: half of it is years of check-ins). */
const NEAR_FULL = 0.5

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * What of a backup is left out, in words, before (`will be`) or after (`were`) the import; empty
 * when nothing is.
 */
export function leftOutWords(
  { dropped, outOfRange }: Pick<BackupRead, 'dropped' | 'outOfRange'>,
  tense: 'will be' | 'were',
): string {
  const verb = (n: number) => (tense === 'will be' ? 'will be' : n === 1 ? 'was' : 'were')
  return [
    dropped > 0
      ? `${plural(dropped, 'part')} of the file couldn't be read and ${verb(dropped)} left out.`
      : '',
    outOfRange > 0
      ? `${plural(outOfRange, 'check-in')} dated before 2000 or in the future ${verb(outOfRange)} left out.`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** The journal: the plan, the verdict, the chart and table, and keeping it safe. */
export function JournalScreen() {
  const journal = useJournalStore((s) => s.journal)
  const notice = useJournalStore((s) => s.notice)
  const damaged = useJournalStore((s) => s.damaged)
  const used = useJournalStore((s) => s.used)
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
      {used >= NEAR_FULL * STORAGE_LIMIT_BYTES ? (
        <div className="journal-warning no-print" role="note">
          <p>
            Your journal fills about {Math.round((used / STORAGE_LIMIT_BYTES) * 100)}% of the space this
            browser gives the app. Download a backup now: once the space is full, new check-ins cannot be
            saved.
          </p>
          <BackupButton journal={journal} />
        </div>
      ) : null}
      {plan ? (
        <PlanSummary plan={plan} day={day} allowed={person.allowed} />
      ) : (
        <p>
          Try one massage type once a week for 6 weeks, and check in before you start and after each session.{' '}
          <Link to={paths.plan()}>Start a 6-week plan</Link>
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
        <Link to={paths.checkIn()} className="button button-primary">
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
    const url = window.location.href.split('#')[0] + '#' + paths.checkIn()
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
        <Link to={paths.plan()} className="button button-secondary">
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

function BackupButton({ journal }: { journal: Journal }) {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() =>
        downloadFile(`massage-journal-${today()}.json`, 'application/json', serializeJournal(journal))
      }
    >
      Download a backup
    </button>
  )
}

/** Backup, export, import, print and delete: the journal is only on this phone. */
function KeepItSafe({ journal, damaged }: { journal: Journal; damaged: string | null }) {
  const replace = useJournalStore((s) => s.replace)
  const deleteAll = useJournalStore((s) => s.deleteAll)
  const setNotice = useJournalStore((s) => s.setNotice)
  const kept = useJournalStore((s) => s.kept)
  const [pending, setPending] = useState<BackupRead | null>(null)
  const count = journal.entries.length
  const hasAny = !isEmptyJournal(journal)
  const stamp = today()

  async function handleImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setPending(null)
    const read = parseBackup(await readFileText(file).catch(() => ''), today())
    if (read.unreadable) return setNotice(NOT_A_BACKUP)
    // Nothing to import must never replace a journal with nothing.
    if (isEmptyJournal(read.journal))
      return setNotice(`${NOTHING_TO_IMPORT} ${leftOutWords(read, 'were')}`.trim())
    // Over a journal: ask first, saying what will be left out before anything is replaced.
    if (hasAny) return setPending(read)
    finishImport(read)
  }

  function finishImport(read: BackupRead) {
    setPending(null)
    if (replace(read.journal) === 'not-saved') return setNotice(IMPORT_NOT_SAVED)
    const n = read.journal.entries.length
    setNotice(`Backup imported: ${plural(n, 'check-in')}. ${leftOutWords(read, 'were')}`.trim())
  }

  return (
    <section aria-labelledby="safe-heading" className="no-print">
      <h2 id="safe-heading">Keep your journal safe</h2>
      <p>
        Your journal is only on this phone: nothing is sent anywhere, and a shared link never includes it.
      </p>
      <p>{kept ? KEPT_WORDS : MAY_CLEAR_WORDS}</p>
      <div className="actions">
        {hasAny ? (
          <>
            <BackupButton journal={journal} />
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadFile(
                  `massage-journal-${stamp}.csv`,
                  'text/csv',
                  journalCsv(journal.entries, journal.noted),
                )
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
            The backup replaces the journal on this phone ({plural(count, 'check-in')}) with the one in the
            file ({pending.journal.entries.length}). {leftOutWords(pending, 'will be')}
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
            onConfirm={() => {
              if (deleteAll() === 'not-saved') setNotice(NOT_DELETED)
            }}
          />
        </div>
      ) : null}
    </section>
  )
}
