import { useNavigate } from 'react-router-dom'
import { answerLabel, RULED_OUT_WHY, screen, screeningShort } from '../engine'
import { hasUrgentItem, useQuizStore } from '../state/quiz-store'
import { emergencyNumber } from './emergency-number'
import { BackToCheck } from './back-to-check'
import { paths } from './paths'
import './quiz.css'

export function StopScreen() {
  const navigate = useNavigate()
  const screening = useQuizStore((s) => s.screening)
  const duration = useQuizStore((s) => s.answers.duration)

  if (!screening || !hasUrgentItem(screening)) {
    return (
      <div className="screen">
        <h1 tabIndex={-1}>Nothing to show here</h1>
        <p className="lead">
          This page only shows after the safety check, when a warning sign needs a doctor.
        </p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => navigate(paths.start())}>
            Go to the start
          </button>
        </div>
      </div>
    )
  }

  // Most serious first, so the urgent signs lead the list.
  const { flags } = screen(screening)
  const call = emergencyNumber(navigator.languages ?? [navigator.language])
  const since = duration ? answerLabel('duration', duration).toLowerCase() : null
  // What the urgent signs can mean, each once: the nerve signs share one, chest pain has its own.
  const meanings = [
    ...new Set(flags.filter((flag) => flag.level === 'urgent').map((flag) => RULED_OUT_WHY[flag.item])),
  ].map((why) => why.charAt(0).toUpperCase() + why.slice(1))

  return (
    <div className="screen">
      <div className="alert alert-urgent">
        <h1 tabIndex={-1}>Get medical help now</h1>
        <p className="alert-lead">Go to an emergency department or call your local emergency number now.</p>
        <a href={`tel:${call.number}`} className="button button-primary button-call">
          Call {call.number}
        </a>
        {call.known ? null : (
          <p className="alert-note">
            112 works from mobile phones in many countries. If it does not where you are, call your local
            emergency number.
          </p>
        )}
        <p>Do not wait for it to pass, and do not book a massage until a doctor has checked you.</p>
        <p>What you ticked needs checking now. {meanings.join(' ')}</p>
      </div>
      <h2>What to tell the doctor</h2>
      <ul className="tell-list">
        <li>I have low back pain{since ? `, for ${since}` : null}.</li>
        {flags.map((flag) => (
          <li key={flag.item}>{screeningShort(flag.item)}</li>
        ))}
      </ul>
      <BackToCheck />
    </div>
  )
}
