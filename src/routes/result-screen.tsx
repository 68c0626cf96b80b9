import { useNavigate, useParams, Link } from 'react-router-dom'
import {
  ANSWER_FIELDS,
  GUIDE_STUDIES,
  MASSAGE_NAMES,
  MASSAGE_PROFILES,
  NOT_A_DIAGNOSIS,
  RESEARCH_CAVEATS,
  SCREENING_TABLE,
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
import { OtherOptions, type OptionItem } from '../components/other-options'
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

const ENTRY = new Map(SCREENING_TABLE.map((e) => [e.item, e]))

function shortName(item: ScreeningItem): string {
  return ENTRY.get(item)?.short ?? item
}

function sameAnswers(stored: Partial<QuizAnswers>, linked: QuizAnswers): boolean {
  return ANSWER_FIELDS.every((field) => stored[field] === linked[field])
}

function toBannerFlags(flags: readonly Flag[]): BannerFlag[] {
  return flags.map((f) => ({ key: f.item, short: shortName(f.item), advice: f.advice }))
}

function toOptions(ranked: readonly RankedType[]): OptionItem[] {
  return ranked.map((r) => ({
    type: r.type,
    name: MASSAGE_NAMES[r.type],
    tagline: MASSAGE_PROFILES[r.type].tagline,
    reasons: r.reasons,
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
    navigate(paths.start())
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
        <ReasonList reasons={pick.reasons} />
      </section>
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

function OtherOptionsSection({ ranked }: { ranked: readonly RankedType[] }) {
  if (ranked.length === 0) return null
  return (
    <section aria-labelledby="others-heading">
      <h2 id="others-heading">Other options</h2>
      <p className="rs-small">Best first. Open one to see why it ranks there.</p>
      <OtherOptions options={toOptions(ranked)} />
    </section>
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
          <button type="button" className="rs-button" onClick={onStartOver}>
            Start over
          </button>
        </div>
      </div>
    )
  }

  const [top, ...rest] = advice.picks
  const ruledOut: RuledOutItem[] = advice.avoided.map((a) => ({
    key: a.type,
    name: MASSAGE_NAMES[a.type],
    because: a.because.map(shortName),
  }))
  const plan = selfMassagePlan(advice)
  const topName: string | null = top ? MASSAGE_NAMES[top.type] : null
  const banner = <LevelBanner level={advice.level} flags={toBannerFlags(advice.flags)} />

  return (
    <div className="result-page">
      {top ? (
        <>
          <Hero type={top.type} eyebrow="Your best match" />
          {banner}
          <TopPickSections pick={top} whyHeading="Why this suits you" />
        </>
      ) : (
        <>
          <h1>No massage type suits you right now</h1>
          <p>What you ticked in the safety check rules out all five massage types for now.</p>
          {banner}
        </>
      )}
      <OtherOptionsSection ranked={rest} />
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
      <ResearchNote studies={GUIDE_STUDIES} caveats={RESEARCH_CAVEATS} />
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
        <button type="button" className="rs-button" onClick={onStartOver}>
          Start over
        </button>
      </div>
    </div>
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
  // recommend always ranks all five, so there is always a top pick.
  if (!top) return null
  return (
    <div className="result-page">
      <Hero type={top.type} eyebrow="Best match for the shared answers" />
      <div className="shared-notice">
        <p className="shared-notice-title">This is a shared result</p>
        <p>
          These picks were made for someone else&apos;s answers. Take the safety check before you treat any of
          them as yours: some health conditions rule out some massage types.
        </p>
        <button type="button" className="rs-button rs-button-primary" onClick={onTakeCheck}>
          Take the safety check
        </button>
      </div>
      <TopPickSections pick={top} whyHeading="Why it suits these answers" />
      <OtherOptionsSection ranked={rest} />
      <p className="rs-small">{NOT_A_DIAGNOSIS}</p>
    </div>
  )
}
