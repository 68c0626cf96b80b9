import { useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { useNavigate, useParams, Link } from 'react-router-dom'
import {
  ANSWER_FIELDS,
  GUIDE_STUDIES,
  MASSAGE_NAMES,
  MASSAGE_PROFILES,
  MASSAGE_TYPES,
  NOT_A_DIAGNOSIS,
  RESEARCH_CAVEATS,
  RULED_OUT_WHY,
  SCREENING_TABLE,
  screeningShort,
  SELF_MASSAGE_TIPS,
  THERAPIST_TIPS,
  advise,
  recommend,
  selfMassagePlan,
  type Flag,
  type MassageType,
  type QuizAnswers,
  type RankedType,
  type ScreeningItem,
} from '../engine'
import { LevelBanner, type BannerFlag } from '../components/level-banner'
import { LinkProblem } from '../components/link-problem'
import { MassagePicture } from '../components/massage-picture'
import { LessSuited, OtherOptions, type OptionItem } from '../components/other-options'
import { ReasonList } from '../components/reason-list'
import { ResearchNote } from '../components/research-note'
import { RuledOutList, type RuledOutItem } from '../components/ruled-out-list'
import { SelfMassageTimer } from '../components/self-massage-timer'
import { ShareButton } from '../components/share-button'
import { TipItem, TipList } from '../components/tip-list'
import { fromShareHash, toShareHash } from '../share/link'
import { useQuizStore } from '../state/quiz-store'
import { paths } from './paths'
import './result.css'

function sameAnswers(stored: Partial<QuizAnswers>, linked: QuizAnswers): boolean {
  return ANSWER_FIELDS.every((field) => stored[field] === linked[field])
}

function toBannerFlags(flags: readonly Flag[]): BannerFlag[] {
  return flags.map((f) => ({ key: f.item, short: screeningShort(f.item), advice: f.advice }))
}

/**
 * The warning signs that mean "get medical help" if they start later, as the table marks them
 * (the urgent ones, and a fever: an infection must be ruled out). Lower-cased to sit inside a sentence.
 */
const WATCH_FOR = SCREENING_TABLE.filter((e) => e.watchFor).map(
  (e) => e.short.charAt(0).toLowerCase() + e.short.slice(1),
)

// The number of types in words, as the sentence reads ("all five"), so a new type needs no edit here.
const TYPE_COUNT =
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][MASSAGE_TYPES.length - 1] ??
  String(MASSAGE_TYPES.length)

function toOptions(ranked: readonly RankedType[]): OptionItem[] {
  return ranked.map((r) => ({
    type: r.type,
    name: MASSAGE_NAMES[r.type],
    tagline: MASSAGE_PROFILES[r.type].tagline,
    reasons: r.reasons,
    against: r.against,
  }))
}

/** The app's address up to the '#', plus the answers' fragment: never the screening. */
function shareUrl(answers: QuizAnswers): string {
  return window.location.href.split('#')[0] + toShareHash(answers)
}

/**
 * The result. Answers always come from the link, so a shared link works on a fresh phone.
 * It is the person's own result only when the store holds the same answers and a done safety check.
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

  if (screening !== null && sameAnswers(storedAnswers, answers)) {
    return <OwnResult answers={answers} screening={screening} onStartOver={handleStartOver} />
  }

  function handleTakeCheck() {
    adoptAnswers(answers)
    navigate(paths.check())
  }
  return <SharedResult answers={answers} onTakeCheck={handleTakeCheck} />
}

function Hero({ type, eyebrow }: { type: MassageType; eyebrow: string }) {
  return (
    <div className="result-hero">
      <div>
        <p className="result-eyebrow">{eyebrow}</p>
        <h1>{MASSAGE_NAMES[type]}</h1>
        <p className="result-tagline">{MASSAGE_PROFILES[type].tagline}</p>
      </div>
      <MassagePicture type={type} />
    </div>
  )
}

function TopPickSections({ pick, whyHeading }: { pick: RankedType; whyHeading: string }) {
  const profile = MASSAGE_PROFILES[pick.type]
  return (
    <>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{whyHeading}</h2>
        {pick.reasons.length > 0 ? (
          <ReasonList reasons={pick.reasons} />
        ) : (
          <p>None of the answers pointed strongly towards one type: this one ranks first among equals.</p>
        )}
        <p className="rs-small">Reasons quote our massage guide and common clinical advice.</p>
      </section>
      {pick.against.length > 0 ? (
        <section aria-labelledby="worth-heading" className="worth-knowing-section">
          <h2 id="worth-heading">Worth knowing</h2>
          <ReasonList reasons={pick.against} />
        </section>
      ) : null}
      <section aria-labelledby="expect-heading">
        <h2 id="expect-heading">What to expect</h2>
        <p>
          <strong>Best for:</strong> {profile.bestFor}.
        </p>
        <ul>
          {profile.expect.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  )
}

interface OtherOptionsSectionProps {
  ranked: readonly RankedType[]
  lessSuitedTitle: string
}

/** Picks that suit (score above zero) as options; the rest collapsed apart, with why they rank low. */
function OtherOptionsSection({ ranked, lessSuitedTitle }: OtherOptionsSectionProps) {
  const suited = ranked.filter((r) => r.score > 0)
  const lessSuited = ranked.filter((r) => r.score <= 0)
  return (
    <>
      {suited.length > 0 ? (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">Other options</h2>
          <p className="rs-small">Best first. Open one to see why it ranks there.</p>
          <OtherOptions options={toOptions(suited)} />
        </section>
      ) : null}
      {lessSuited.length > 0 ? <LessSuited options={toOptions(lessSuited)} title={lessSuitedTitle} /> : null}
    </>
  )
}

/** "Start over" in two steps, so a stray tap does not lose the answers. */
function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [confirming, setConfirming] = useState(false)
  const startRef = useRef<HTMLButtonElement>(null)
  const clearRef = useRef<HTMLButtonElement>(null)

  function handleAsk() {
    // flushSync so the new button exists before it takes the focus.
    flushSync(() => setConfirming(true))
    clearRef.current?.focus()
  }

  function handleKeep() {
    flushSync(() => setConfirming(false))
    startRef.current?.focus()
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') handleKeep()
  }

  if (!confirming) {
    return (
      <button ref={startRef} type="button" className="rs-button" onClick={handleAsk}>
        Start over
      </button>
    )
  }
  return (
    <div
      className="start-over-confirm"
      role="group"
      aria-labelledby="start-over-question"
      onKeyDown={handleKeyDown}
    >
      <p id="start-over-question">Clear your answers and start again?</p>
      <button ref={clearRef} type="button" className="rs-button rs-button-primary" onClick={onConfirm}>
        Clear my answers
      </button>
      <button type="button" className="rs-button" onClick={handleKeep}>
        Keep them
      </button>
    </div>
  )
}

interface OwnResultProps {
  answers: QuizAnswers
  screening: readonly ScreeningItem[]
  onStartOver: () => void
}

function OwnResult({ answers, screening, onStartOver }: OwnResultProps) {
  const advice = advise(answers, screening)

  if (advice.level === 'urgent') {
    return (
      <div className="result-page">
        <h1>Please get medical help first</h1>
        <p>
          Something you ticked in the safety check needs a doctor today, so we are not suggesting a massage.
        </p>
        <p>
          <Link to={paths.stop()} className="rs-link-strong">
            Read what to do now
          </Link>
        </p>
        <div className="rs-actions">
          <StartOver onConfirm={onStartOver} />
        </div>
      </div>
    )
  }

  const [top, ...rest] = advice.picks
  const ruledOut: RuledOutItem[] = advice.avoided.map((a) => ({
    key: a.type,
    name: MASSAGE_NAMES[a.type],
    because: a.because.map((item) => ({ key: item, short: screeningShort(item), why: RULED_OUT_WHY[item] })),
  }))
  const plan = selfMassagePlan(advice, answers)
  const topName: string | null = top ? MASSAGE_NAMES[top.type] : null
  const banner = <LevelBanner level={advice.level} flags={toBannerFlags(advice.flags)} />

  return (
    <div className="result-page">
      {top ? (
        <>
          <Hero type={top.type} eyebrow="Your best match" />
          {banner}
          {advice.level === 'clear' ? <ClearNote /> : null}
          <TopPickSections pick={top} whyHeading="Why this suits you" />
        </>
      ) : (
        <>
          <h1>No massage type suits you right now</h1>
          <p>What you ticked in the safety check rules out all {TYPE_COUNT} massage types for now.</p>
          {banner}
        </>
      )}
      <OtherOptionsSection ranked={rest} lessSuitedTitle="Less suited to your answers" />
      {ruledOut.length > 0 ? (
        <section aria-labelledby="ruled-out-heading">
          <h2 id="ruled-out-heading">Ruled out for now</h2>
          <RuledOutList items={ruledOut} />
        </section>
      ) : null}
      {top ? (
        <section aria-labelledby="tips-heading">
          <h2 id="tips-heading">Getting the most from a massage</h2>
          <TipList tips={THERAPIST_TIPS} />
        </section>
      ) : null}
      {plan.show ? <SelfMassage ballAndRoller={plan.ballAndRoller} /> : null}
      {top ? <ResearchNote studies={GUIDE_STUDIES} caveats={RESEARCH_CAVEATS} /> : null}
      <p className="rs-small">{NOT_A_DIAGNOSIS}</p>
      <div className="rs-actions rs-no-print">
        <ShareButton
          url={shareUrl(answers)}
          title="Massage Match"
          text={topName ? `My massage match for lower back pain: ${topName}` : 'My Massage Match result'}
        />
        <Link to={paths.card()} className="rs-button">
          Show this to your therapist
        </Link>
        <StartOver onConfirm={onStartOver} />
      </div>
    </div>
  )
}

/** A quiet reminder with a clear screening: what to watch for. Not an alarm, so no status role. */
function ClearNote() {
  return (
    <p className="clear-note">
      You ticked none of the warning signs. If any of them start ({WATCH_FOR.join(', ')}), stop and get
      medical help.
    </p>
  )
}

function SelfMassage({ ballAndRoller }: { ballAndRoller: boolean }) {
  return (
    <section aria-labelledby="self-heading">
      <h2 id="self-heading">Self-massage at home</h2>
      <p>Go gently, and stop if the pain gets sharper.</p>
      <ul className="tip-list">
        {ballAndRoller ? (
          <>
            <TipItem tip={SELF_MASSAGE_TIPS.ball} />
            <TipItem tip={SELF_MASSAGE_TIPS.roller}>
              <SelfMassageTimer />
            </TipItem>
          </>
        ) : null}
        <TipItem tip={SELF_MASSAGE_TIPS.heat} />
      </ul>
    </section>
  )
}

interface SharedResultProps {
  answers: QuizAnswers
  onTakeCheck: () => void
}

function SharedResult({ answers, onTakeCheck }: SharedResultProps) {
  const [top, ...rest] = recommend(answers).ranked
  // recommend always ranks every type, so there is always a top pick.
  if (!top) return null
  return (
    <div className="result-page">
      <Hero type={top.type} eyebrow="Best match for the shared answers" />
      <div className="shared-notice">
        <p className="shared-notice-title">This is a shared result</p>
        <p>
          It was opened from a link, and comes from the quiz answers in that link, without a safety check.
          Take the safety check before you treat any pick as yours: some health conditions rule out some
          massage types.
        </p>
        <button type="button" className="rs-button rs-button-primary" onClick={onTakeCheck}>
          Take the safety check
        </button>
      </div>
      <TopPickSections pick={top} whyHeading="Why it suits these answers" />
      <OtherOptionsSection ranked={rest} lessSuitedTitle="Less suited to these answers" />
      <p className="rs-small">{NOT_A_DIAGNOSIS}</p>
    </div>
  )
}
