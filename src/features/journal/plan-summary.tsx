// The plan as the journal shows it: the type, the weeks and where they are now, what is next.
import { Link } from 'react-router-dom'
import { MASSAGE_NAMES, type MassageType } from '../../engine'
import { paths } from '../../shared/paths'
import { downloadFile, longDay } from './browser'
import { planCalendar } from './ics'
import { addDays, daysBetween, type Plan } from './journal-data'

/** Where a plan is on a day: not begun, in one of its weeks, or over. */
type PlanTime = 'before' | 'during' | 'after'

/** Where the plan is on `day`, and its week then (below 1 before it, above its weeks after). */
export function planTime(plan: Plan, day: string): { time: PlanTime; week: number } {
  const week = Math.floor(daysBetween(plan.start, day) / 7) + 1
  return { time: week < 1 ? 'before' : week > plan.weeks ? 'after' : 'during', week }
}

const PLAN_TIME_WORDS: Readonly<Record<PlanTime, (plan: Plan, week: number) => string>> = {
  before: (plan) => `It starts on ${longDay(plan.start)}.`,
  during: (plan, week) => `This is week ${week} of ${plan.weeks}.`,
  after: (plan) => `It ended on ${longDay(addDays(plan.start, 7 * (plan.weeks - 1)))}.`,
}

interface PlanSummaryProps {
  plan: Plan
  day: string
  /** What the safety state allows now; null: every type. */
  allowed: readonly MassageType[] | null
}

/** The plan, whether its type is ruled out now, the types next on the list, and its reminders. */
export function PlanSummary({ plan, day, allowed }: PlanSummaryProps) {
  const name = MASSAGE_NAMES[plan.type]
  const { time, week } = planTime(plan, day)

  function handleCalendar() {
    const url = window.location.href.split('#')[0] + '#' + paths.checkIn()
    downloadFile('massage-plan.ics', 'text/calendar', planCalendar(plan, name, new Date(), url))
  }

  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">Your plan</h2>
      <p>
        {name}, once a week for {plan.weeks} weeks, from {longDay(plan.start)} at {plan.time}.{' '}
        {PLAN_TIME_WORDS[time](plan, week)}
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
