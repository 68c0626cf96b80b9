import { longDay } from '../../shared/days'
import type { Outcome } from './result-view'

/**
 * The outcome that leads the result: what to do, and under "See a doctor first" each ticked item
 * with who to see and how soon. A status (announced) when there is something to act on; "See a
 * doctor first" is the page's heading, so no massage is read out before it.
 */
export function OutcomeBlock({ outcome }: { outcome: Outcome }) {
  const Title = outcome.level === 'doctor-first' ? 'h1' : 'p'
  return (
    <div
      className={`outcome outcome-${outcome.level}`}
      role={outcome.level === 'clear' ? undefined : 'status'}
    >
      {/* Under a pick's name (the h1), the title is read after it, as the screen is announced. */}
      <Title className="outcome-title" data-announce={Title === 'p' ? '' : undefined}>
        {outcome.title}
      </Title>
      <p>{outcome.action}</p>
      {outcome.level === 'doctor-first' ? <FlagList flags={outcome.flags} /> : null}
    </div>
  )
}

/** Each ticked item with its advice. */
export function FlagList({ flags }: { flags: Outcome['flags'] }) {
  return (
    <ul className="outcome-flags">
      {flags.map((flag) => (
        <li key={flag.key}>
          <strong>
            {flag.short}
            {/* A sign noted at a journal check-in says when: it joined the safety state then. */}
            {flag.source.from === 'check-in'
              ? ` (noted at your check-in on ${longDay(flag.source.day)})`
              : ''}
            :
          </strong>{' '}
          {flag.advice}
        </li>
      ))}
    </ul>
  )
}
