import { useRef } from 'react'
import { useNavigate } from 'react-router-dom'
import { nextStep } from '../../state/quiz-flow'
import { hasProgress } from '../../state/saved-progress'
import { useQuizStore } from '../../state/quiz-store'
import { paths } from '../../shared/paths'
import { stepPath } from '../../shared/step-path'

export function StartScreen() {
  const navigate = useNavigate()
  const answers = useQuizStore((s) => s.answers)
  const screening = useQuizStore((s) => s.screening)
  const ticked = useQuizStore((s) => s.ticked)
  const noted = useQuizStore((s) => s.noted)
  const reset = useQuizStore((s) => s.reset)
  const heading = useRef<HTMLHeadingElement>(null)
  const saved = hasProgress({ answers, screening, ticked, noted })

  function handleContinue() {
    navigate(stepPath(nextStep({ answers, screening, noted })))
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
      <BackPicture />
      <Steps />
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
      {/* Shown only when this phone holds a journal, by the attribute the first-paint script sets
          (styles.css), not by reading storage here: so the prerendered page shows it before any
          JavaScript, and the app, taking that page over, draws the same. */}
      <a href={`#${paths.journal()}`} className="button button-link journal-return">
        Open your journal
      </a>
      <Facts />
    </div>
  )
}

/** What the app does, in its three steps. */
function Steps() {
  return (
    <ol className="steps">
      <li>
        <strong>A safety check:</strong> signs that need a doctor before any massage.
      </li>
      <li>
        <strong>Seven short questions</strong> about your pain and the pressure you like.
      </li>
      <li>
        <strong>Your match,</strong> with the reasons, to share or show your therapist.
      </li>
    </ol>
  )
}

/** What a person may want to know before they start: time, age, privacy, and what it rests on. */
function Facts() {
  return (
    <>
      <ul className="facts">
        <li>Takes a few minutes. For adults (16 and over).</li>
        <li>Your answers stay on this phone. Nothing is sent anywhere unless you share a link.</li>
        <li>This is not a diagnosis. If you are worried about your back, see a doctor.</li>
      </ul>
      <p className="sources">
        Built on the guide <cite>How Massage Therapy Helps with Lower Back Pain</cite> and the NHS advice on
        back pain. What the research shows is on your result.
      </p>
    </>
  )
}

/** A person lying face down, hands over the lower back: a picture, not information (hidden from screen readers). */
function BackPicture() {
  return (
    <svg className="start-picture" viewBox="0 12 240 58" aria-hidden="true" focusable="false">
      <rect x="10" y="58" width="220" height="8" rx="4" className="start-picture-table" />
      <circle cx="38" cy="44" r="11" className="start-picture-body" />
      <path d="M54 40 Q120 30 200 44 L200 56 L54 56 Z" className="start-picture-body" />
      <path
        d="M118 30 q6 -14 18 -12 q10 2 6 12 M148 30 q6 -14 18 -12 q10 2 6 12"
        className="start-picture-hands"
      />
    </svg>
  )
}
