// A new check-in: the warning signs first, their advice when there are any, then the form; three
// steps on one address.
import { startTransition, useRef, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { SCREENING_TABLE, type ScreeningItem } from '../../engine'
import { paths } from '../../shared/paths'
import { useDraft } from '../../shared/use-draft'
import { useQuizStore } from '../../state/quiz-store'
import { newId, today } from './browser'
import { CheckInForm } from './check-in-form'
import { SIGNS_DRAFT_KEY, readSignsDraft } from './check-in-draft'
import { useJournalStore } from './journal-store'
import { SignsAdvice, SignsStep, WARNING_SIGNS } from './signs-step'

type Step = 'signs' | 'advice' | 'form'

/**
 * The step shown, the way to another, and `arrive`, the ref of each step's heading. The steps share
 * one address, so the layout does not see a new screen: each step's heading takes focus and names
 * the tab itself once the person has moved on.
 */
function useSteps(first: Step) {
  const [step, setStep] = useState(first)
  const [moved, setMoved] = useState(false)
  // Once per step: the ref runs again on every render (a tick, a keystroke).
  const focused = useRef<Step | null>(null)
  const arrive = (heading: HTMLHeadingElement | null) => {
    if (!heading || !moved || focused.current === step) return
    focused.current = step
    heading.focus()
    document.title = `${heading.textContent ?? ''} – Massage Match`
  }
  // A transition: the tap's own change (the button let go, the ticks cleared) is drawn at once,
  // and the next step, the whole check-in form after "None of these", a frame later.
  const goTo = (next: Step) => {
    startTransition(() => {
      setMoved(true)
      setStep(next)
    })
  }
  return { step, goTo, arrive }
}

/** Asks about new warning signs, as the safety check does, before the check-in itself. */
export function NewCheckIn() {
  const navigate = useNavigate()
  const noteSigns = useQuizStore((s) => s.noteSigns)
  const saveNoted = useJournalStore((s) => s.saveNoted)
  // Kept as they are made, like the form's input: an update or a closed tab does not lose them.
  const [ticked, setTicked, clearTicked] = useDraft<ScreeningItem[]>(
    SIGNS_DRAFT_KEY,
    readSignsDraft,
    () => [],
  )
  const { step, goTo, arrive } = useSteps('signs')

  function handleSigns() {
    clearTicked()
    if (ticked.length === 0) return goTo('form')
    // A sign noted here joins the person's safety state, exactly as if ticked in the safety check
    // (the result, the card and this journal then say the same), and the journal keeps a dated
    // record of it, before anything else: an urgent one goes straight to the stop screen.
    const signs = SCREENING_TABLE.map((e) => e.item).filter((item) => ticked.includes(item))
    const day = today()
    noteSigns(signs, day)
    saveNoted({ id: newId(), date: day, created: Date.now(), signs })
    if (WARNING_SIGNS.some((e) => e.level === 'urgent' && ticked.includes(e.item))) {
      navigate(paths.stop())
      return
    }
    goTo('advice')
  }

  if (step === 'form') return <CheckInForm entry={null} arrive={arrive} />
  if (step === 'advice') {
    return (
      <SignsAdvice ticked={ticked} arrive={arrive} onBack={() => goTo('signs')} onGoOn={() => goTo('form')} />
    )
  }
  return (
    <SignsStep
      ticked={ticked}
      onTick={(item, on) => setTicked((list) => (on ? [...list, item] : list.filter((i) => i !== item)))}
      arrive={arrive}
      onBack={() => {
        clearTicked()
        navigate(paths.journal())
      }}
      onContinue={handleSigns}
    />
  )
}
