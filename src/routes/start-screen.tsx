import { useRef } from 'react'
import { useNavigate } from 'react-router-dom'
import { hasProgress, nextStep, useQuizStore } from '../state/quiz-store'
import { paths, stepPath } from './paths'

export function StartScreen() {
  const navigate = useNavigate()
  const answers = useQuizStore((s) => s.answers)
  const screening = useQuizStore((s) => s.screening)
  const ticked = useQuizStore((s) => s.ticked)
  const reset = useQuizStore((s) => s.reset)
  const heading = useRef<HTMLHeadingElement>(null)
  const saved = hasProgress(answers, screening, ticked)

  function handleContinue() {
    navigate(stepPath(nextStep(answers, screening)))
  }

  function handleStartOver() {
    reset()
    // The buttons change under the person's finger: put focus back at the top of the screen.
    heading.current?.focus()
  }

  return (
    <div className="screen">
      <h1 ref={heading} tabIndex={-1}>
        Find the massage that suits your back
      </h1>
      <p className="lead">
        Answer a few questions about your lower back pain. We suggest the massage type that fits it best, and
        tell you why.
      </p>
      <ul className="facts">
        <li>Takes about a minute.</li>
        <li>Your answers stay on this phone.</li>
        <li>This is not a diagnosis. If you are worried about your back, see a doctor.</li>
      </ul>
      <div className="actions">
        {saved ? (
          <>
            <button type="button" className="button button-primary" onClick={handleContinue}>
              Continue
            </button>
            <button type="button" className="button button-secondary" onClick={handleStartOver}>
              Start over
            </button>
          </>
        ) : (
          // A plain link, not the router's <Link>: it works in the prerendered page before the app
          // has loaded (src/main.tsx), and while React is still hydrating the page, when the
          // router's click handler would swallow the tap. The router follows the address.
          <a href={`#${paths.check()}`} className="button button-primary">
            Start
          </a>
        )}
      </div>
    </div>
  )
}
