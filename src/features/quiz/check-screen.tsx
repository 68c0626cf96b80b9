import type { FormEvent } from 'react'
import { Navigate, useNavigate, useParams } from 'react-router-dom'
import { ScreeningGroup } from '../../shared/components/check-row'
import { SCREENING_TABLE, type ScreeningEntry, type ScreeningItem } from '../../engine'
import { hasUrgentItem, nextStep } from '../../state/quiz-flow'
import { useQuizStore } from '../../state/quiz-store'
import { paths } from '../../shared/paths'
import { stepPath } from '../../shared/step-path'
import './quiz.css'

interface CheckPage {
  heading: string
  step: string
  lead: string
  /** Words under the group's legend, or ''. */
  note: string
  legend: string
  entries: ScreeningEntry[]
}

// Two short pages rather than one long list, so the way on is never far: the warning signs
// first (an urgent one stops the check there), then the health conditions.
const SIGNS: CheckPage = {
  heading: 'First, a quick safety check',
  step: 'Part 1 of 2',
  lead: 'Massage is not safe for everyone. Tick any that apply to you, so we can tell you if you need medical help first.',
  legend: 'Warning signs',
  // As clinicians ask: a long-standing sign a doctor has already checked is not an emergency today.
  note: 'New means it started in the last 2 weeks, or a doctor has not checked it yet.',
  entries: SCREENING_TABLE.filter((e) => e.group === 'warning-sign'),
}

const CONDITIONS: CheckPage = {
  heading: 'Safety check: health conditions',
  step: 'Part 2 of 2',
  lead: 'Tick any that apply to you: some mean asking a doctor first, others change which massage is safe.',
  legend: 'Health conditions',
  note: '',
  entries: SCREENING_TABLE.filter((e) => e.group === 'condition'),
}

/** The safety check: `/check` is its first page, `/check/2` its second. */
export function CheckScreen() {
  const { page } = useParams()
  if (page === undefined) return <CheckForm key="1" page={SIGNS} />
  if (page === '2') return <CheckForm key="2" page={CONDITIONS} />
  return <Navigate to={paths.check()} replace />
}

function CheckForm({ page }: { page: CheckPage }) {
  const navigate = useNavigate()
  // Ticks go to the store as they are made, so a reload, or going back a page, keeps them.
  const ticked = useQuizStore((s) => s.ticked)
  const answers = useQuizStore((s) => s.answers)
  const setTicked = useQuizStore((s) => s.setTicked)
  const setScreening = useQuizStore((s) => s.setScreening)
  const isFirst = page === SIGNS
  const tickedHere = page.entries.some((entry) => ticked.includes(entry.item))

  function moveOn(items: ScreeningItem[]) {
    // An urgent sign cannot wait for the second page: the check ends here, with what is ticked.
    if (hasUrgentItem(items)) {
      setScreening(items)
      navigate(paths.stop())
      return
    }
    if (isFirst) {
      navigate(paths.check(2))
      return
    }
    setScreening(items)
    // Every type ruled out: no questions. Answers already complete (a shared result, or coming
    // back): straight to the result.
    const step = nextStep({ answers, screening: items, noted: [] })
    navigate(step.kind === 'result' || step.kind === 'no-massage' ? stepPath(step) : paths.question(1))
  }

  // Submitting the form (Enter, or the bar's button) moves on with every tick, from both pages.
  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    moveOn(ticked)
  }

  return (
    <form className="screen check-screen" onSubmit={handleSubmit} noValidate>
      <h1 tabIndex={-1}>{page.heading}</h1>
      <p className="check-step" data-announce>
        {page.step}
      </p>
      <p className="lead">{page.lead}</p>
      <ScreeningGroup
        legend={page.legend}
        note={page.note}
        entries={page.entries}
        ticked={ticked}
        onTick={setTicked}
      />
      <CheckBar tickedHere={tickedHere} onBack={() => navigate(isFirst ? paths.start() : paths.check())} />
    </form>
  )
}

/**
 * Back, and one way on at a time: "None of these" while nothing on this page is ticked,
 * "Continue" once something is, so a tap can never wipe ticks. Kept in view at the foot.
 */
function CheckBar({ tickedHere, onBack }: { tickedHere: boolean; onBack: () => void }) {
  return (
    <div className="check-bar">
      <div className="actions actions-row">
        <button type="button" className="button button-secondary" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="button button-primary">
          {tickedHere ? 'Continue' : 'None of these'}
        </button>
      </div>
    </div>
  )
}
