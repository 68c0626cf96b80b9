import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router-dom'
import { CheckRow } from '../components/check-row'
import { SCREENING_TABLE, type ScreeningEntry, type ScreeningItem } from '../engine'
import { hasUrgentItem, nextStep, useQuizStore } from '../state/quiz-store'
import { paths, stepPath } from './paths'

const GROUPS: { legend: string; entries: ScreeningEntry[] }[] = [
  { legend: 'Warning signs', entries: SCREENING_TABLE.filter((e) => e.group === 'warning-sign') },
  { legend: 'Health conditions', entries: SCREENING_TABLE.filter((e) => e.group === 'condition') },
]

export function CheckScreen() {
  const navigate = useNavigate()
  const saved = useQuizStore((s) => s.screening)
  const answers = useQuizStore((s) => s.answers)
  const setScreening = useQuizStore((s) => s.setScreening)
  const [ticked, setTicked] = useState<ReadonlySet<ScreeningItem>>(() => new Set(saved ?? []))

  function toggle(item: ScreeningItem, on: boolean) {
    setTicked((current) => {
      const next = new Set(current)
      if (on) next.add(item)
      else next.delete(item)
      return next
    })
  }

  function moveOn(items: ScreeningItem[]) {
    setScreening(items)
    if (hasUrgentItem(items)) {
      navigate(paths.stop())
      return
    }
    // Answers already complete (a shared result, or coming back): straight to the result.
    const step = nextStep(answers, items)
    navigate(step.kind === 'result' ? stepPath(step) : paths.question(1))
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    // Keep the table's order, whatever order the boxes were ticked in.
    moveOn(SCREENING_TABLE.map((e) => e.item).filter((item) => ticked.has(item)))
  }

  function handleNone() {
    setTicked(new Set())
    moveOn([])
  }

  return (
    <form className="screen" onSubmit={handleSubmit} noValidate>
      <h1 tabIndex={-1}>First, a quick safety check</h1>
      <p className="lead">
        Massage is not safe for everyone. Tick anything that applies to you now, so we can tell you when to
        see a doctor first.
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
                checked={ticked.has(entry.item)}
                onChange={(on) => toggle(entry.item, on)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <button type="button" className="button button-secondary button-wide" onClick={handleNone}>
        None of these
      </button>
      <div className="actions actions-row">
        <button type="button" className="button button-secondary" onClick={() => navigate(paths.start())}>
          Back
        </button>
        <button type="submit" className="button button-primary">
          Continue
        </button>
      </div>
    </form>
  )
}
