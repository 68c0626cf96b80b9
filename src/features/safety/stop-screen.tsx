import {
  answerLabel,
  RULED_OUT_WHY,
  SCREENING_TABLE,
  screen,
  screeningShort,
  upperFirst,
  type ScreeningItem,
} from '../../engine'
import { EmergencyCall } from '../../shared/components/emergency-call'
import { MessageScreen } from '../../shared/components/message-screen'
import { hasUrgentItem, safetyItems } from '../../state/quiz-flow'
import type { NotedSign } from '../../state/saved-progress'
import { useQuizStore } from '../../state/quiz-store'
import { BackToCheck, BackToJournal } from './back-to-check'
import { paths } from '../../shared/paths'
import './safety.css'

const CALL_FIRST = new Set(SCREENING_TABLE.filter((e) => e.call === 'first').map((e) => e.item))

/** What the stop screen says for these signs: each flag, what the urgent ones can mean, and who to call. */
function stopAdvice(
  items: readonly ScreeningItem[],
  screening: readonly ScreeningItem[] | null,
  noted: readonly NotedSign[],
) {
  // Most serious first, so the urgent signs lead the list.
  const { flags } = screen(items)
  const urgent = flags.filter((flag) => flag.level === 'urgent')
  return {
    flags,
    // What the urgent signs can mean, each once: the nerve signs share one, chest pain has its own.
    meanings: [...new Set(urgent.map((flag) => RULED_OUT_WHY[flag.item]))].map(upperFirst),
    // Chest pain: call first (the NHS says call 999); the nerve signs: an emergency department or a call.
    callFirst: urgent.some((flag) => CALL_FIRST.has(flag.item)),
    // A sign noted at a journal check-in leads back to the journal, where it is recorded.
    fromCheckIn: noted.some((n) => urgent.some((f) => f.item === n.item) && !screening?.includes(n.item)),
  }
}

export function StopScreen() {
  const screening = useQuizStore((s) => s.screening)
  const noted = useQuizStore((s) => s.noted)
  const duration = useQuizStore((s) => s.answers.duration)
  const items = safetyItems({ screening, noted })

  if (!hasUrgentItem(items)) {
    return (
      <MessageScreen heading="Nothing to show here" to={paths.start()} action="Go to the start">
        <p className="lead">
          This page only shows after the safety check, when a warning sign needs a doctor.
        </p>
      </MessageScreen>
    )
  }

  const { flags, meanings, callFirst, fromCheckIn } = stopAdvice(items, screening, noted)
  const since = duration ? answerLabel('duration', duration).toLowerCase() : null
  return (
    <div className="screen">
      <div className="alert alert-urgent">
        <h1 tabIndex={-1}>Get medical help now</h1>
        <p className="alert-lead">
          {callFirst
            ? 'Call your local emergency number now.'
            : 'Go to an emergency department or call your local emergency number now.'}
        </p>
        <EmergencyCall />
        <p>Do not wait for it to pass, and do not book a massage until a doctor has checked you.</p>
        <p>What you told us needs checking now. {meanings.join(' ')}</p>
      </div>
      <h2>What to tell the doctor</h2>
      <ul className="tell-list">
        <li>I have low back pain{since ? `, for ${since}` : null}.</li>
        {flags.map((flag) => (
          <li key={flag.item}>{screeningShort(flag.item)}</li>
        ))}
      </ul>
      {fromCheckIn ? <BackToJournal /> : <BackToCheck />}
    </div>
  )
}
