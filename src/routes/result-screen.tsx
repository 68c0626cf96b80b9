import { useNavigate, useParams } from 'react-router-dom'
import { ANSWER_FIELDS, type MassageType, type QuizAnswers } from '../engine'
import { LinkProblem } from '../features/result/link-problem'
import { OwnResult } from '../features/result/own-result'
import { ownResultView, sharedResultView } from '../features/result/result-view'
import { SharedResult } from '../features/result/shared-result'
import { fromShareHash, toShareHashAvoiding } from '../share/link'
import { useQuizStore } from '../state/quiz-store'
import { paths } from './paths'
import '../features/result/result.css'

function sameAnswers(stored: Partial<QuizAnswers>, linked: QuizAnswers): boolean {
  return ANSWER_FIELDS.every((field) => stored[field] === linked[field])
}

/**
 * The app's address up to the '#', plus the answers and the types the safety check ruled out, so
 * the link opens on the same first pick: never the health conditions themselves.
 */
function shareUrl(answers: QuizAnswers, avoid: readonly MassageType[]): string {
  return window.location.href.split('#')[0] + toShareHashAvoiding(answers, avoid)
}

/**
 * The result route: reads the link and the store, and picks what to show. Answers always come
 * from the link, so a shared link works on a fresh phone. It is the person's own result only when
 * the store holds the same answers and a done safety check. What each shows is in features/result.
 */
export function ResultScreen() {
  const { code = '' } = useParams()
  const storedAnswers = useQuizStore((s) => s.answers)
  const screening = useQuizStore((s) => s.screening)
  const adoptAnswers = useQuizStore((s) => s.adoptAnswers)
  const reset = useQuizStore((s) => s.reset)
  const navigate = useNavigate()

  const parsed = fromShareHash(code)
  if (!parsed.ok) return <LinkProblem reason={parsed.reason} onTakeQuiz={() => navigate(paths.start())} />
  const { answers } = parsed

  function handleStartOver() {
    reset()
    // Replace: Back from the start should not land on a result whose answers are gone.
    navigate(paths.start(), { replace: true })
  }

  function handleTakeCheck() {
    adoptAnswers(answers)
    navigate(paths.check())
  }

  if (screening !== null && sameAnswers(storedAnswers, answers)) {
    const view = ownResultView(answers, screening)
    const avoid = view.kind === 'urgent' ? [] : view.avoid
    return <OwnResult view={view} shareUrl={shareUrl(answers, avoid)} onStartOver={handleStartOver} />
  }
  return <SharedResult view={sharedResultView(answers, parsed.avoid)} onTakeCheck={handleTakeCheck} />
}
