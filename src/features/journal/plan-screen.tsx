import { useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { MASSAGE_NAMES, type MassageType } from '../../engine'
import type { Person } from '../../person/person'
import { usePerson } from '../../person/use-person'
import { ChoiceGroup } from '../../shared/components/radio-group'
import { paths } from '../../shared/paths'
import { today } from './browser'
import { isDay, isTime, type Plan } from './journal-data'
import { FormButtons } from './fields'
import { useJournalStore } from './journal-store'
import { PLAN_NOT_SAVED } from './journal-words'
import { THRESHOLDS } from './verdict'
import './journal.css'

/** The words beside the first choice: the result's own, so the two never disagree. */
const FIRST_HINTS: Readonly<Record<NonNullable<Person['advice']>['basis']['kind'], string | undefined>> = {
  match: 'Your best match',
  'next-best': 'The next best for you',
  'what-is-left': 'What is left',
  'nothing-fits': undefined,
  none: undefined,
}

/** Weekly sessions for this many weeks: the trials behind the guide gave 6 to 10. */
const PLAN_WEEKS = 6

/** Why there is nothing to plan. */
type NothingToPlan = 'see-a-doctor' | 'nothing-fits' | 'no-result'

const NOTHING_TO_PLAN_WORDS: Readonly<Record<NothingToPlan, string>> = {
  'see-a-doctor':
    'Your safety check says to see a doctor first, so there is no massage to plan for now. Once a doctor has checked you, take the safety check again.',
  'nothing-fits':
    'No massage type fits your answers and your safety check for now, so there is nothing to plan. Your result says what you can do instead.',
  'no-result':
    'A plan starts from your result: take the safety check and the questions first, so we know which massage types suit you and which to avoid.',
}

/**
 * The types a plan may offer, or why there are none: the person's own picks now (their result's,
 * less what their safety state rules out); without a result (a new phone with a restored backup),
 * the plan's own types, less the same.
 */
function planChoices(
  person: Pick<Person, 'level' | 'allowed' | 'advice' | 'planTypes'>,
  plan: Plan | null,
): { choices: readonly MassageType[] } | { choices: readonly []; nothing: NothingToPlan } {
  const goAhead = person.level === null || person.level === 'clear' || person.level === 'caution'
  const planOwn =
    plan && goAhead ? [plan.type, ...plan.next].filter((t) => (person.allowed ?? [t]).includes(t)) : []
  const choices = person.advice ? person.planTypes : planOwn
  if (choices.length > 0) return { choices }
  return { choices: [], nothing: !goAhead ? 'see-a-doctor' : person.advice ? 'nothing-fits' : 'no-result' }
}

/** What stops a plan from being saved, or keeps it from landing. */
type PlanProblem = 'type' | 'start' | 'time' | 'not-saved'

const PLAN_PROBLEM_WORDS: Readonly<Record<PlanProblem, string>> = {
  type: 'Choose the massage you want to try.',
  start: 'Choose the day of your first session.',
  time: 'Choose a time of day, for example 18:00.',
  'not-saved': PLAN_NOT_SAVED,
}

/** Choose the type, the first day and the time: `#/journal/plan`. */
export function PlanScreen() {
  const plan = useJournalStore((s) => s.journal.plan)
  const person = usePerson()
  const planned = planChoices(person, plan)
  return 'nothing' in planned ? (
    <NothingToPlanScreen why={planned.nothing} />
  ) : (
    <PlanForm choices={planned.choices} />
  )
}

/** Nothing to plan, why, and the ways on. */
function NothingToPlanScreen({ why }: { why: NothingToPlan }) {
  return (
    <div className="screen">
      <h1>Your 6-week plan</h1>
      <p>{NOTHING_TO_PLAN_WORDS[why]}</p>
      <div className="actions">
        <Link to={paths.start()} className="button button-primary">
          Go to the start
        </Link>
        <Link to={paths.journal()} className="button button-secondary">
          Open your journal
        </Link>
      </div>
    </div>
  )
}

/** The plan's form, offering `choices`, the plan's own type first chosen when it is one of them. */
function PlanForm({ choices }: { choices: readonly MassageType[] }) {
  const navigate = useNavigate()
  const plan = useJournalStore((s) => s.journal.plan)
  const savePlan = useJournalStore((s) => s.savePlan)
  const advice = usePerson().advice
  const [type, setType] = useState<MassageType | null>(
    plan && choices.includes(plan.type) ? plan.type : (choices[0] ?? null),
  )
  const [start, setStart] = useState(plan?.start ?? today())
  const [time, setTime] = useState(plan?.time ?? '18:00')
  const [problem, setProblem] = useState<PlanProblem | null>(null)

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (type === null) return setProblem('type')
    const lacking = !isDay(start) ? 'start' : !isTime(time) ? 'time' : null
    if (lacking) return setProblem(lacking)
    const plan = { type, next: choices.filter((t) => t !== type), start, time, weeks: PLAN_WEEKS }
    // The form stays, as chosen, when the plan did not land.
    if (savePlan(plan) === 'not-saved') return setProblem('not-saved')
    navigate(paths.journal())
  }

  return (
    <form className="screen" onSubmit={handleSubmit} noValidate>
      <h1>Your 6-week plan</h1>
      <p className="lead">
        Try one massage type once a week for {PLAN_WEEKS} weeks, and check in before you start and after each
        session. After {THRESHOLDS.sessionsToJudge} sessions your journal can show whether your pain has
        changed. (In studies, people had 6 to 10 sessions.)
      </p>
      <div role="alert" className={problem ? 'form-errors' : undefined}>
        {problem ? <p>{PLAN_PROBLEM_WORDS[problem]}</p> : null}
      </div>
      <ChoiceGroup
        name="plan-type"
        legend="Which massage will you try?"
        options={choices.map((t, i) => ({
          value: t,
          label: MASSAGE_NAMES[t],
          // "Best match" only for a match, as the result says it.
          hint: i === 0 && advice ? FIRST_HINTS[advice.basis.kind] : undefined,
        }))}
        selected={type}
        variant="rows"
        onSelect={(value) => setType(value as MassageType)}
      />
      <label className="field">
        <span className="field-label">First session</span>
        <input className="text-box" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Time of day</span>
        <input className="text-box" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </label>
      <FormButtons back="Back" onBack={() => navigate(-1)} submit="Save the plan" />
    </form>
  )
}
