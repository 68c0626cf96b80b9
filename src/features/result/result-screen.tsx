import { Navigate, useNavigate, useParams } from 'react-router-dom'
import { MessageScreen } from '../../shared/components/message-screen'
import { LinkProblem } from './link-problem'
import { OwnResult } from './own-result'
import { ownResultView, sharedResultView } from './result-view'
import { SharedResult } from './shared-result'
import { linkIsOwn } from '../../person/person'
import { usePerson } from '../../person/use-person'
import { fromShareHash } from '../../share/link'
import { nextStep } from '../../state/quiz-flow'
import { hasProgress } from '../../state/saved-progress'
import { useQuizStore } from '../../state/quiz-store'
import { paths } from '../../shared/paths'
import { stepPath } from '../../shared/step-path'
import './result.css'

/** The app's address up to the '#', plus a fragment. */
const fullUrl = (hash: string) => window.location.href.split('#')[0] + hash

/**
 * The person's own result (`#/result`), read from what this phone saved, never from the address:
 * the address carries nothing, so a copied address cannot show less caution than this screen.
 * An urgent sign or a safety state with no massage sends the person to that screen instead.
 */
export function OwnResultScreen() {
  const person = usePerson()
  const reset = useQuizStore((s) => s.reset)
  const navigate = useNavigate()
  const view = ownResultView(person)

  function handleStartOver() {
    reset()
    // Replace: Back from the start should not land on a result whose answers are gone.
    navigate(paths.start(), { replace: true })
  }

  switch (view.kind) {
    case 'stop':
      return <Navigate to={paths.stop()} replace />
    case 'no-massage':
      return <Navigate to={paths.noMassage()} replace />
    case 'no-result':
      return <NoResultHere />
    default:
      return (
        <OwnResult
          view={view}
          shareUrl={person.shareHash ? fullUrl(person.shareHash) : ''}
          onStartOver={handleStartOver}
        />
      )
  }
}

/**
 * `#/result` on a phone with no finished quiz: a copied address from someone else's phone, or a
 * quiz not yet done here. With progress, on to where the person left off.
 */
function NoResultHere() {
  const saved = {
    answers: useQuizStore((s) => s.answers),
    screening: useQuizStore((s) => s.screening),
    ticked: useQuizStore((s) => s.ticked),
    noted: useQuizStore((s) => s.noted),
  }
  if (hasProgress(saved)) return <Navigate to={stepPath(nextStep(saved))} replace />
  return (
    <MessageScreen
      heading="No result on this phone yet"
      to={paths.check()}
      action="Take the safety check"
      layout="result-page"
    >
      <p>
        A result stays on the phone it was made on, and this address does not carry one: that keeps health
        answers private. To see someone else&rsquo;s result, ask them to send it with the Share button.
      </p>
    </MessageScreen>
  )
}

/**
 * A shared link (`#/r/…`): the answers come from the link, so it works on a fresh phone. When this
 * phone holds the same answers and a done safety check, it is the person's own result (an older
 * own-result address in the history): that opens at its own address.
 */
export function SharedResultScreen() {
  const { code = '' } = useParams()
  const answersSaved = useQuizStore((s) => s.answers)
  const screening = useQuizStore((s) => s.screening)
  const adoptAnswers = useQuizStore((s) => s.adoptAnswers)
  const navigate = useNavigate()

  const parsed = fromShareHash(code)
  if (!parsed.ok) return <LinkProblem reason={parsed.reason} onTakeQuiz={() => navigate(paths.start())} />
  const { answers } = parsed

  if (linkIsOwn(parsed, { answers: answersSaved, screening })) return <Navigate to={paths.result()} replace />

  function handleTakeCheck() {
    adoptAnswers(answers)
    navigate(paths.check())
  }

  return <SharedResult view={sharedResultView(answers, parsed.avoid)} onTakeCheck={handleTakeCheck} />
}
