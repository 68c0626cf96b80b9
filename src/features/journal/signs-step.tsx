// The check-in's first step: any new warning signs, and, when there are, what to do about them.
import type { FormEvent } from 'react'
import { SCREENING_TABLE, type ScreeningItem } from '../../engine'
import { ScreeningGroup } from '../../shared/components/check-row'
import { EmergencyCall } from '../../shared/components/emergency-call'
import { FormButtons } from './fields'
import { howSoonHeading } from './how-soon'
import { useJournalStore } from './journal-store'

// The safety check's words under a sign, except where they point to a quiz question the check-in
// does not ask.
const SIGN_DETAILS: Partial<Record<ScreeningItem, string>> = {
  'leg-weakness': 'Pain down one leg on its own does not count. A leg that is getting weaker does.',
}

/**
 * Read from the safety check's table (the warning signs, and the conditions that can start during
 * a plan), so a sign added or reworded there is asked here too.
 */
export const WARNING_SIGNS = SCREENING_TABLE.filter((e) => e.atCheckIn).map((e) => ({
  ...e,
  detail: SIGN_DETAILS[e.item] ?? e.detail,
}))

/** What "new" means, by whether there was a check-in before: the first has no last one. */
const SIGNS_LEAD: Readonly<Record<'first' | 'since-last', string>> = {
  first:
    'Do you have any of these? New means it started in the last 2 weeks, or a doctor has not checked it yet.',
  'since-last': 'Before each check-in: has any of these started since your last one?',
}

/** Focuses a step's heading when the person arrives at it (NewCheckIn's useSteps). */
type Arrive = (heading: HTMLHeadingElement | null) => void

interface SignsStepProps {
  ticked: readonly ScreeningItem[]
  onTick: (item: ScreeningItem, on: boolean) => void
  arrive: Arrive
  onBack: () => void
  onContinue: () => void
}

/** Asks about new warning signs, as the safety check does, before the check-in itself. */
export function SignsStep({ ticked, onTick, arrive, onBack, onContinue }: SignsStepProps) {
  const isFirst = useJournalStore((s) => s.journal.entries.length === 0)
  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    onContinue()
  }
  return (
    <form className="screen" onSubmit={handleSubmit} noValidate>
      <h1 ref={arrive} tabIndex={-1}>
        Any new warning signs?
      </h1>
      <p className="lead">{SIGNS_LEAD[isFirst ? 'first' : 'since-last']}</p>
      <ScreeningGroup
        legend="Warning signs and changes"
        entries={WARNING_SIGNS}
        ticked={ticked}
        onTick={onTick}
      />
      <FormButtons back="Back" onBack={onBack} submit={ticked.length === 0 ? 'None of these' : 'Continue'} />
    </form>
  )
}

interface SignsAdviceProps {
  ticked: readonly ScreeningItem[]
  arrive: Arrive
  onBack: () => void
  onGoOn: () => void
}

/** What to do about the signs just noted, most urgent first, then on to the check-in if they like. */
export function SignsAdvice({ ticked, arrive, onBack, onGoOn }: SignsAdviceProps) {
  const chosen = WARNING_SIGNS.filter((e) => ticked.includes(e.item))
  return (
    <div className="screen">
      <h1 ref={arrive} tabIndex={-1}>
        {howSoonHeading(ticked) ?? 'Tell your therapist before your next massage'}
      </h1>
      <ul className="advice-list">
        {chosen.map((e) => (
          <li key={e.item}>
            <strong>{e.short}.</strong> {e.advice}
          </li>
        ))}
      </ul>
      {chosen.some((e) => e.call !== null) ? <EmergencyCall /> : null}
      <p>We have noted this in your journal, and your result follows it.</p>
      <p>You can still write down how you are: it helps the doctor to see it.</p>
      <div className="actions actions-row">
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button button-primary" onClick={onGoOn}>
          Go on to the check-in
        </button>
      </div>
    </div>
  )
}
