import { Navigate } from 'react-router-dom'
import { NO_MASSAGE_ITEMS, screen } from '../engine'
import { nextStep, useQuizStore } from '../state/quiz-store'
import { BackToCheck } from './back-to-check'
import { stepPath } from './paths'
import './quiz.css'

/**
 * Straight after the safety check, when what was ticked rules out every massage type without
 * being urgent (a fever, a clot): the safety outcome on its own, and no quiz questions.
 */
export function NoMassageScreen() {
  const screening = useQuizStore((s) => s.screening)
  const answers = useQuizStore((s) => s.answers)

  // Only for someone this applies to; anyone else goes where they are in the quiz.
  const step = nextStep(answers, screening)
  if (step.kind !== 'no-massage' || !screening) return <Navigate to={stepPath(step)} replace />

  const reasons = screen(screening).flags.filter((flag) => NO_MASSAGE_ITEMS.includes(flag.item))

  return (
    <div className="screen">
      <div className="alert alert-doctor">
        <h1 tabIndex={-1}>No massage for now: see a doctor first</h1>
        <p className="alert-lead">
          What you ticked in the safety check rules out every massage type for now, so we have no questions
          for you.
        </p>
        <ul className="tell-list">
          {reasons.map((flag) => (
            <li key={flag.item}>{flag.advice}</li>
          ))}
        </ul>
      </div>
      <p>Once a doctor has checked you and says massage is safe, you can take the quiz again.</p>
      <BackToCheck />
    </div>
  )
}
