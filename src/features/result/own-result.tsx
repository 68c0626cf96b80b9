import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import { ANSWER_FIELDS, NOT_A_DIAGNOSIS } from '../../engine'
import { EmergencyCall } from '../../shared/components/emergency-call'
import { paths } from '../../shared/paths'
import { JournalLink } from './journal-link'
import { BookingLine } from './booking-line'
import { OptionsSections } from './other-options'
import { FlagList, OutcomeBlock } from './outcome-block'
import { ResearchNote } from './research-note'
import { ResultSection } from './result-section'
import type { OwnResultView, WatchFor } from './result-view'
import { RuledOutList } from './ruled-out-list'
import { SelfMassage } from './self-massage'
import { ShareButton } from './share-button'
import { StartOver } from './start-over'
import { TipList } from './tip-list'
import { MoreAboutPick, ResultHero, WhyItSuits } from './top-pick'

/** The pressure question's number, counted from 1, as the question's address takes it. */
const PRESSURE_QUESTION = ANSWER_FIELDS.indexOf('pressure') + 1

type OwnView = Exclude<OwnResultView, { kind: 'stop' | 'no-massage' | 'no-result' }>

interface OwnResultProps {
  view: OwnView
  /** The link Share sends (the answers and the types ruled out, never the conditions); '' without a pick. */
  shareUrl: string
  onStartOver: () => void
}

/**
 * The person's own result, past the safety check: renders ownResultView's model as it is. The
 * first screen holds the decision (the outcome, the pick and its strongest reasons, what to ask
 * for); the rest opens on demand, the person's own sections first. Share and the card stay in a
 * bar at the bottom.
 */
export function OwnResult({ view, shareUrl, onStartOver }: OwnResultProps) {
  const outcomeIsHeading = view.outcome.level === 'doctor-first'
  const pick = view.kind === 'pick' ? view : null
  return (
    <div className={pick ? 'result-page result-page-with-bar' : 'result-page'}>
      <div className="result-decision">
        {pick || outcomeIsHeading ? <OutcomeBlock outcome={view.outcome} /> : null}
        {pick ? (
          <>
            <ResultHero pick={pick.top} eyebrow={pick.eyebrow} isPageHeading={!outcomeIsHeading} />
            {pick.leftNote ? <p className="left-note">{pick.leftNote}</p> : null}
            {pick.strongest.length > 0 ? (
              <WhyItSuits reasons={pick.strongest} heading={pick.strongestHeading} />
            ) : null}
            <BookingLine text={pick.booking} />
          </>
        ) : view.kind === 'nothing-fits' ? (
          <NothingFits note={view.note} instead={view.instead} isPageHeading={!outcomeIsHeading} />
        ) : null}
      </div>
      {view.outcome.level === 'caution' ? (
        <ResultSection title="What you ticked means for a massage">
          <FlagList flags={view.outcome.flags} />
        </ResultSection>
      ) : null}
      {pick && pick.planTypes.length > 0 ? <JournalLink /> : null}
      {pick ? <MoreAboutPick pick={pick.top} /> : null}
      <OptionsSections options={view.others} lessSuitedTitle="Less suited to your answers" />
      {view.ruledOut.length > 0 ? (
        <ResultSection title="Ruled out for now">
          {pick?.nextBestNote ? <p>{pick.nextBestNote}</p> : null}
          <RuledOutList items={view.ruledOut} />
        </ResultSection>
      ) : null}
      {pick?.selfMassage ? <SelfMassage tips={pick.selfMassage} /> : null}
      {view.watchFor ? <WatchForSection watchFor={view.watchFor} /> : null}
      {pick ? (
        <ResultSection title="Getting the most from a massage">
          <TipList tips={pick.therapistTips} />
        </ResultSection>
      ) : null}
      {pick ? <ResearchNote {...pick.research} /> : null}
      <p className="result-small">{NOT_A_DIAGNOSIS}</p>
      {pick ? (
        <p className="result-small">The link holds your quiz answers but not your health answers.</p>
      ) : null}
      <div className="actions no-print">
        <StartOver onConfirm={onStartOver} />
      </div>
      {pick && shareUrl ? (
        <div className="result-bar no-print" ref={keepBarSmall}>
          <ShareButton url={shareUrl} title="Massage Match" text={pick.shareText} />
          <Link to={paths.card()} className="button button-secondary">
            Show this to your therapist
          </Link>
        </div>
      ) : null}
    </div>
  )
}

/** What to do for each group of warning signs, in the order they are read. */
const WATCH_FOR_WORDS: Readonly<Record<keyof WatchFor, string>> = {
  now: 'Get medical help now (go to an emergency department or call your local emergency number) if any of these start:',
  callNow: 'Call your local emergency number now for:',
  today: 'See a doctor today for:',
  urgentGp: 'Ask for an urgent appointment with a doctor, today or tomorrow, for:',
}

/** The warning signs to watch for, each group with what to do, and the call button after the calls. */
function WatchForSection({ watchFor }: { watchFor: WatchFor }) {
  return (
    <ResultSection title="When to stop and get help">
      {(Object.keys(WATCH_FOR_WORDS) as (keyof WatchFor)[]).map((group) => (
        <Fragment key={group}>
          <p>{WATCH_FOR_WORDS[group]}</p>
          <ul>
            {watchFor[group].map((sign) => (
              <li key={sign}>{sign}</li>
            ))}
          </ul>
          {group === 'callNow' ? <EmergencyCall /> : null}
        </Fragment>
      ))}
    </ResultSection>
  )
}

/**
 * The person would rather not have the back touched, and the safety check leaves only types on
 * the back: say so, and what to do instead, never a type they said they did not want.
 */
function NothingFits({
  note,
  instead,
  isPageHeading,
}: {
  note: string
  instead: readonly string[]
  isPageHeading: boolean
}) {
  const Heading = isPageHeading ? 'h1' : 'h2'
  return (
    <>
      <Heading>No massage type fits for now</Heading>
      <p>{note}</p>
      <h2 className="nothing-fits-heading">What you can do</h2>
      <ul>
        {instead.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <Link to={paths.question(PRESSURE_QUESTION)}>Change your answer about pressure</Link>
      </p>
    </>
  )
}

/**
 * The bar stays in view while it is small; with large text it would cover much of the screen, so
 * it then rests at the end of the page (ResizeObserver: every browser the app supports has it).
 */
function keepBarSmall(bar: HTMLDivElement | null) {
  if (!bar || typeof ResizeObserver === 'undefined') return
  const check = () => bar.classList.toggle('result-bar-static', bar.offsetHeight > window.innerHeight / 4)
  const observer = new ResizeObserver(check)
  observer.observe(bar)
  window.addEventListener('resize', check)
  return () => {
    observer.disconnect()
    window.removeEventListener('resize', check)
  }
}
