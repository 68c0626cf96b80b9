import { Navigate } from 'react-router-dom'
import { noMassageItems, screen } from '../engine'
import { nextStep, useQuizStore } from '../state/quiz-store'
import { BackToCheck } from './back-to-check'
import { stepPath } from './paths'
import './quiz.css'

/**
 * Straight after the safety check, when what was ticked rules out every massage type without
 * being urgent (a fever, a clot, or skin problems on both the back and the feet): the safety
 * outcome on its own, and no quiz questions.
 */
export function NoMassageScreen() {
  const screening = useQuizStore((s) => s.screening)
  const answers = useQuizStore((s) => s.answers)

  // Only for someone this applies to; anyone else goes where they are in the quiz.
  const step = nextStep(answers, screening)
  if (step.kind !== 'no-massage' || !screening) return <Navigate to={stepPath(step)} replace />

  const named = noMassageItems(screening)
  const reasons = screen(screening).flags.filter((flag) => named.includes(flag.item))
  // Skin that has to heal on the back and the feet needs time, not a doctor.
  const needsDoctor = reasons.some((flag) => flag.level !== 'caution')

  return (
    <div className="screen">
      <div className="alert alert-doctor">
        <h1 tabIndex={-1}>{needsDoctor ? 'No massage for now: see a doctor first' : 'No massage for now'}</h1>
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
      <p>
        {needsDoctor
          ? 'Once a doctor has checked you and says massage is safe, you can take the quiz again.'
          : 'Once the skin has healed, you can take the quiz again.'}
      </p>
      <BackToCheck />
    </div>
  )
}
