// The warning signs on the journal: what the person's safety state says now, and the signs noted
// at check-ins.
import { Link } from 'react-router-dom'
import { SCREENING_TABLE, screeningShort } from '../../engine'
import type { Person } from '../../person/person'
import { paths } from '../../shared/paths'
import { longDay } from './browser'
import { howSoonHeading } from './how-soon'
import type { Journal } from './journal-data'

/**
 * What the person's safety state says now, as the result says it: nothing to add while massage is
 * fine, "see a doctor first" or "get medical help now" with each sign's advice and when it was noted.
 */
export function SafetyNow({ person }: { person: Person }) {
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
export function NotedList({ noted }: { noted: Journal['noted'] }) {
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
