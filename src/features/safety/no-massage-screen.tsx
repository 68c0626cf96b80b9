import { Navigate } from 'react-router-dom'
import { noMassageItems, SCREENING_TABLE, screen } from '../../engine'
import { EmergencyCall } from '../../shared/components/emergency-call'
import { nextStep, safetyItems } from '../../state/quiz-flow'
import { useQuizStore } from '../../state/quiz-store'
import { BackToCheck, BackToJournal } from './back-to-check'
import { stepPath } from '../../shared/step-path'
import './safety.css'

const MENTIONS_CALL = new Set(SCREENING_TABLE.filter((e) => e.call !== null).map((e) => e.item))

/**
 * When what the person told us (the safety check, or a sign noted at a check-in since) rules out
 * every massage type without being urgent (a fever, a clot, or skin problems on both the back and
 * the feet): the safety outcome on its own, and no quiz questions.
 */
export function NoMassageScreen() {
  const screening = useQuizStore((s) => s.screening)
  const noted = useQuizStore((s) => s.noted)
  const answers = useQuizStore((s) => s.answers)

  // Only for someone this applies to; anyone else goes where they are in the quiz.
  const step = nextStep({ answers, screening, noted })
  const items = safetyItems({ screening, noted })
  if (step.kind !== 'no-massage') return <Navigate to={stepPath(step)} replace />

  const named = noMassageItems(items)
  const reasons = screen(items).flags.filter((flag) => named.includes(flag.item))
  // Skin that has to heal on the back and the feet needs time, not a doctor.
  const needsDoctor = reasons.some((flag) => flag.level !== 'caution')
  const fromCheckIn = noted.some((n) => named.includes(n.item) && !screening?.includes(n.item))

  return (
    <div className="screen">
      <div className="alert alert-doctor">
        <h1 tabIndex={-1}>{needsDoctor ? 'No massage for now: see a doctor first' : 'No massage for now'}</h1>
        <p className="alert-lead">
          {fromCheckIn
            ? 'What you noted at your check-in rules out every massage type for now.'
            : 'What you ticked in the safety check rules out every massage type for now, so we have no questions for you.'}
        </p>
        <ul className="tell-list">
          {reasons.map((flag) => (
            <li key={flag.item}>{flag.advice}</li>
          ))}
        </ul>
        {/* Every "call your local emergency number" has its button. */}
        {reasons.some((flag) => MENTIONS_CALL.has(flag.item)) ? <EmergencyCall /> : null}
      </div>
      <p>
        {needsDoctor
          ? 'Once a doctor has checked you and says massage is safe, you can take the safety check again.'
          : 'Once the skin has healed, you can take the safety check again.'}
      </p>
      {fromCheckIn ? <BackToJournal /> : null}
      <BackToCheck />
    </div>
  )
}
