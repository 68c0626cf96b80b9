import { Link, useNavigate } from 'react-router-dom'
import {
  MASSAGE_NAMES,
  RULED_OUT_WHY,
  QUESTIONS,
  SCREENING_TABLE,
  advise,
  answerLabel,
  parseAnswers,
  pressureToAsk,
  type Advice,
  type QuizAnswers,
  type ScreeningItem,
} from '../engine'
import { QrCode } from '../components/qr-code'
import { toShareHashAvoiding } from '../share/share-code'
import { useQuizStore } from '../state/quiz-store'
import { paths } from './paths'
import '../features/result/result.css'

/** How many picks the therapist sees. */
const PICKS_SHOWN = 3

/** One printable screen for the therapist: the answers, the cautions and the top picks. */
export function CardScreen() {
  const storedAnswers = useQuizStore((s) => s.answers)
  const screening = useQuizStore((s) => s.screening)
  const navigate = useNavigate()
  const parsed = parseAnswers(storedAnswers)

  if (!parsed.ok) {
    return (
      <div className="result-page">
        <h1>For your therapist</h1>
        <p>There are no complete quiz answers to show yet. Take the quiz, then come back to this card.</p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => navigate(paths.start())}>
            Take the quiz
          </button>
        </div>
      </div>
    )
  }

  const answers = parsed.value
  const advice = screening !== null ? advise(answers, screening) : null
  return (
    <div className="result-page therapist-card">
      <h1>For your therapist</h1>
      <p>From Massage Match, a short quiz about lower back pain. It is not a diagnosis.</p>
      <p className="card-date">Made on {TODAY()}</p>
      <section aria-labelledby="card-answers-heading">
        <h2 id="card-answers-heading">About my back pain</h2>
        <AnswerList answers={answers} screening={screening} />
      </section>
      <section aria-labelledby="card-cautions-heading">
        <h2 id="card-cautions-heading">Cautions from the safety check</h2>
        <Cautions screening={screening} onTakeCheck={() => navigate(paths.check())} />
      </section>
      {advice !== null ? <Picks advice={advice} /> : null}
      {advice !== null && advice.level !== 'urgent' ? <ResultLink answers={answers} advice={advice} /> : null}
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
        <Link to={paths.result(answers)} className="button button-secondary">
          Back to the result
        </Link>
      </div>
    </div>
  )
}

/** The card's date, as a person writes it ("1 December 2026"): a printed card is read later. */
const TODAY = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * The pressure the person likes, reconciled with the safety check (and severe pain) by the
 * engine, so the card never asks for firm work alone: "Prefers firm pressure; fragile bones:
 * light pressure only."
 */
function pressureText(answers: QuizAnswers, screening: readonly ScreeningItem[] | null): string {
  const advice = pressureToAsk(answers, advise(answers, screening ?? []))
  return advice.overriddenBy.length > 0 ? advice.why : answerLabel('pressure', answers.pressure)
}

function AnswerList({
  answers,
  screening,
}: {
  answers: QuizAnswers
  screening: readonly ScreeningItem[] | null
}) {
  return (
    <dl className="card-answers">
      {QUESTIONS.map((q) => (
        <div key={q.id}>
          <dt>{q.short}</dt>
          <dd>{q.id === 'pressure' ? pressureText(answers, screening) : answerLabel(q.id, answers[q.id])}</dd>
        </div>
      ))}
    </dl>
  )
}

interface CautionsProps {
  screening: readonly ScreeningItem[] | null
  onTakeCheck: () => void
}

function Cautions({ screening, onTakeCheck }: CautionsProps) {
  if (screening === null) {
    return (
      <>
        <p>The safety check has not been done yet.</p>
        <button type="button" className="button button-secondary no-print" onClick={onTakeCheck}>
          Take the safety check
        </button>
      </>
    )
  }
  const ticked = SCREENING_TABLE.filter((e) => screening.includes(e.item))
  if (ticked.length === 0) return <p>None of the listed conditions or warning signs.</p>
  // Written to the therapist: what the client reports, and what it means for the massage.
  return (
    <ul>
      {ticked.map((e) => (
        <li key={e.item}>
          <strong>Client reports {lowerFirst(e.short)}.</strong>{' '}
          {RULED_OUT_WHY[e.item].charAt(0).toUpperCase() + RULED_OUT_WHY[e.item].slice(1)}
        </li>
      ))}
    </ul>
  )
}

function Picks({ advice }: { advice: Advice }) {
  // The best pick, then only those the answers favour: a type below zero is not one that "may suit".
  const picks = advice.picks.filter((p, i) => i === 0 || p.score > 0).slice(0, PICKS_SHOWN)
  return (
    <section aria-labelledby="card-picks-heading">
      <h2 id="card-picks-heading">
        {advice.level === 'doctor-first'
          ? 'Massage types that may suit me, once my doctor agrees'
          : 'Massage types that may suit me'}
      </h2>
      {picks.length > 0 ? (
        <ol>
          {picks.map((p) => (
            <li key={p.type}>{MASSAGE_NAMES[p.type]}</li>
          ))}
        </ol>
      ) : (
        <p>
          None for now:{' '}
          {advice.level === 'urgent'
            ? 'I was advised to get medical help first.'
            : 'I was advised to see a doctor first.'}
        </p>
      )}
      {advice.avoided.length > 0 && advice.level !== 'urgent' ? (
        <p>
          <strong>Ruled out for now:</strong> {advice.avoided.map((a) => MASSAGE_NAMES[a.type]).join(', ')}.
        </p>
      ) : null}
    </section>
  )
}

/**
 * The link Share sends (the answers and the types the safety check ruled out, never the
 * conditions) as a QR code, so the therapist opens the same first pick on their own phone.
 */
function ResultLink({ answers, advice }: { answers: QuizAnswers; advice: Advice }) {
  const url =
    window.location.href.split('#')[0] +
    toShareHashAvoiding(
      answers,
      advice.avoided.map((a) => a.type),
    )
  return (
    <section aria-labelledby="card-link-heading" className="card-link">
      <h2 id="card-link-heading">My full result</h2>
      <p>Scan this with a phone camera to open my result.</p>
      <QrCode text={url} label="QR code: opens this result on another phone" />
    </section>
  )
}
