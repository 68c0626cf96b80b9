import type { FormEvent } from 'react'
import { useNavigate } from 'react-router-dom'
import { CheckRow } from '../components/check-row'
import { SCREENING_TABLE, type ScreeningEntry, type ScreeningItem } from '../engine'
import { hasUrgentItem, nextStep, useQuizStore } from '../state/quiz-store'
import { paths, stepPath } from './paths'
import './quiz.css'

const GROUPS: { legend: string; entries: ScreeningEntry[] }[] = [
  { legend: 'Warning signs', entries: SCREENING_TABLE.filter((e) => e.group === 'warning-sign') },
  { legend: 'Health conditions', entries: SCREENING_TABLE.filter((e) => e.group === 'condition') },
]

export function CheckScreen() {
  const navigate = useNavigate()
  // Ticks go to the store as they are made, so a reload keeps them.
  const ticked = useQuizStore((s) => s.ticked)
  const answers = useQuizStore((s) => s.answers)
  const setTicked = useQuizStore((s) => s.setTicked)
  const setScreening = useQuizStore((s) => s.setScreening)

  function moveOn(items: ScreeningItem[]) {
    setScreening(items)
    if (hasUrgentItem(items)) {
      navigate(paths.stop())
      return
    }
    // Every type ruled out: no questions. Answers already complete (a shared result, or coming
    // back): straight to the result.
    const step = nextStep(answers, items)
    navigate(step.kind === 'result' || step.kind === 'no-massage' ? stepPath(step) : paths.question(1))
  }

  // One way on at a time: "None of these" while nothing is ticked, "Continue" once something is,
  // so a tap can never wipe ticks. Submitting the form (Enter) moves on with what is ticked.
  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    moveOn(ticked)
  }

  return (
    <form className="screen" onSubmit={handleSubmit} noValidate>
      <h1 tabIndex={-1}>First, a quick safety check</h1>
      <p className="lead">
        Massage is not safe for everyone. Tick any that apply to you, so we can tell you if you need to see a
        doctor first, or to get medical help now.
      </p>
      {GROUPS.map((group) => (
        <fieldset key={group.legend} className="group">
          <legend className="group-legend">{group.legend}</legend>
          <div className="option-list">
            {group.entries.map((entry) => (
              <CheckRow
                key={entry.item}
                id={`check-${entry.item}`}
                label={entry.prompt}
                detail={entry.detail}
                checked={ticked.includes(entry.item)}
                onChange={(on) => setTicked(entry.item, on)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="actions actions-row">
        <button type="button" className="button button-secondary" onClick={() => navigate(paths.start())}>
          Back
        </button>
        <button type="submit" className="button button-primary">
          {ticked.length === 0 ? 'None of these' : 'Continue'}
        </button>
      </div>
    </form>
  )
}
