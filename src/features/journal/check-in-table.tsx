import { useId, useState } from 'react'
import { Link } from 'react-router-dom'
import { MASSAGE_NAMES } from '../../engine'
import { paths } from '../../shared/paths'
import { longDay, shortDay } from './browser'
import { KIND_WORDS } from './check-in-words'
import { pegScore, type CheckIn } from './journal-data'

/** The newest check-ins shown at first: a long journal opens fast, and the rest is one tap away. */
const FIRST_ROWS = 20

/**
 * With large text the table is wider than the phone and scrolls in its box: the hint under the
 * caption shows only then, and the box becomes a tab stop so keys can scroll it (ResizeObserver:
 * every browser the app supports has it; without it the hint stays hidden).
 */
function showWhenWide(box: HTMLDivElement | null) {
  const hint = box?.querySelector<HTMLElement>('.table-hint')
  const table = box?.querySelector('table')
  if (!box || !hint || !table || typeof ResizeObserver === 'undefined') return
  const check = () => {
    // A pixel of rounding is not a table that needs sliding.
    const wide = box.scrollWidth > box.clientWidth + 1
    hint.hidden = !wide
    if (wide) box.tabIndex = 0
    else box.removeAttribute('tabindex')
  }
  // Showing or hiding the hint resizes the box and the table it watches. Done inside the observer's
  // callback, that change is seen in the same pass, and browsers report "ResizeObserver loop
  // completed with undelivered notifications" as an error event; a frame later it is a new pass.
  let frame = 0
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(check)
  })
  // The box for the phone's width, the table for its content (more rows, larger text).
  observer.observe(box)
  observer.observe(table)
  return () => {
    cancelAnimationFrame(frame)
    observer.disconnect()
  }
}

/**
 * The check-ins newest first, the first `count` of them (all with undefined), each with the name its
 * "Change" link says: its day, and its number when the day has several. Only the rows shown are
 * named: writing a day costs, and a long journal shows 20 of its rows at first.
 */
function named(entries: readonly CheckIn[], count: number | undefined): { entry: CheckIn; name: string }[] {
  const perDay = new Map<string, number>()
  const numbered = entries.map((entry) => {
    const n = (perDay.get(entry.date) ?? 0) + 1
    perDay.set(entry.date, n)
    return { entry, n }
  })
  return numbered
    .reverse()
    .slice(0, count)
    .map(({ entry, n }) => {
      const day = longDay(entry.date)
      return { entry, name: (perDay.get(entry.date) ?? 1) > 1 ? `${day}, number ${n}` : day }
    })
}

/** One check-in: its day, pain, 3-question score, and what it was, with its note and "Change". */
function CheckInRow({ entry, name, withYear }: { entry: CheckIn; name: string; withYear: boolean }) {
  return (
    <tr>
      <th scope="row">
        <time dateTime={entry.date}>{shortDay(entry.date, withYear)}</time>
      </th>
      <td>{entry.pain}</td>
      <td>{pegScore(entry)}</td>
      <td>
        {KIND_WORDS[entry.kind]}
        {entry.type ? `: ${MASSAGE_NAMES[entry.type]}` : ''}
        {entry.note ? <span className="table-note">{entry.note}</span> : null}
        {/* In this cell, not a column of its own: a fifth column made the table wider than a 320 px phone. */}
        <Link to={paths.checkIn(entry.id)} aria-label={`Change the check-in of ${name}`} className="no-print">
          Change
        </Link>
      </td>
    </tr>
  )
}

/** The check-ins with their values (the chart's data, for everyone), newest first, each with "Change". */
export function CheckInTable({ entries }: { entries: readonly CheckIn[] }) {
  const [showAll, setShowAll] = useState(false)
  const titleId = useId()
  // The year only when the check-ins span more than one: the column stays narrow.
  const withYear = new Set(entries.map((e) => e.date.slice(0, 4))).size > 1
  const rows = named(entries, showAll ? undefined : FIRST_ROWS)
  return (
    <div className="table-scroll" role="region" aria-labelledby={titleId} ref={showWhenWide}>
      <table className="journal-table" aria-labelledby={titleId}>
        <caption>
          <span id={titleId}>Your check-ins, newest first</span>
          {/* Starts hidden; showWhenWide sets it from then on (React never changes a prop that stays the same). */}
          <span className="table-hint no-print" hidden>
            Slide the table sideways to see more
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Pain</th>
            <th scope="col">
              {/* Whole, not broken after "3-": two lines, "3-question" and "score". */}
              <span className="keep-whole">3-question</span> score
            </th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, name }) => (
            <CheckInRow key={entry.id} entry={entry} name={name} withYear={withYear} />
          ))}
        </tbody>
      </table>
      {!showAll && entries.length > FIRST_ROWS ? (
        <button type="button" className="button button-secondary no-print" onClick={() => setShowAll(true)}>
          Show all {entries.length} check-ins
        </button>
      ) : null}
    </div>
  )
}
