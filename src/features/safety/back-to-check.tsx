import { Link, useNavigate } from 'react-router-dom'
import { useQuizStore } from '../../state/quiz-store'
import { paths } from '../../shared/paths'

/**
 * The way on from a safety outcome with no massage (the stop and no-massage screens): back to the
 * safety check, or, quietly, start over.
 */
export function BackToCheck() {
  const navigate = useNavigate()
  const reset = useQuizStore((s) => s.reset)

  function handleStartOver() {
    reset()
    navigate(paths.start())
  }

  return (
    <div className="actions">
      <button type="button" className="button button-secondary" onClick={() => navigate(paths.check())}>
        Back to the safety check
      </button>
      <button type="button" className="button button-link" onClick={handleStartOver}>
        Start over
      </button>
    </div>
  )
}

/** The way back when the outcome came from a sign noted at a journal check-in, where it is recorded. */
export function BackToJournal() {
  return (
    <div className="actions">
      <Link to={paths.journal()} className="button button-secondary">
        Back to your journal
      </Link>
    </div>
  )
}
