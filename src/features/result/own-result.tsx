import { Link } from 'react-router-dom'
import { MASSAGE_TYPES, NOT_A_DIAGNOSIS } from '../../engine'
import { paths } from '../../routes/paths'
import { JournalLink } from '../journal/journal-link'
import { BookingLine } from './booking-line'
import { OptionsSections } from './other-options'
import { FlagList, OutcomeBlock } from './outcome-block'
import { ResearchNote } from './research-note'
import { ResultSection } from './result-section'
import type { OwnResultView } from './result-view'
import { RuledOutList } from './ruled-out-list'
import { SelfMassage } from './self-massage'
import { ShareButton } from './share-button'
import { StartOver } from './start-over'
import { TipList } from './tip-list'
import { MoreAboutPick, ResultHero, WhyItSuits } from './top-pick'

// The number of types in words, as the sentence reads ("all five"), so a new type needs no edit here.
const TYPE_COUNT =
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][MASSAGE_TYPES.length - 1] ??
  String(MASSAGE_TYPES.length)

interface OwnResultProps {
  view: OwnResultView
  /** The full link to this result (answers only), for Share. */
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
  if (view.kind === 'urgent') {
    return (
      <div className="result-page">
        <h1>Please get medical help first</h1>
        <p>
          Something you ticked in the safety check needs medical help now: go to an emergency department or
          call your local emergency number. We are not suggesting a massage.
        </p>
        <p>
          <Link to={paths.stop()} className="result-link-strong">
            Read what to do now
          </Link>
        </p>
        <div className="actions">
          <StartOver onConfirm={onStartOver} />
        </div>
      </div>
    )
  }

  const outcomeIsHeading = view.outcome.level === 'doctor-first'
  return (
    <div className={view.top ? 'result-page result-page-with-bar' : 'result-page'}>
      <div className="result-decision">
        <OutcomeBlock outcome={view.outcome} />
        {view.top ? (
          <>
            <ResultHero pick={view.top} eyebrow={view.eyebrow} isPageHeading={!outcomeIsHeading} />
            {view.leftNote ? <p className="left-note">{view.leftNote}</p> : null}
            {view.strongest.length > 0 ? (
              <WhyItSuits reasons={view.strongest} heading="Why this suits you" />
            ) : null}
            {view.booking ? <BookingLine text={view.booking} /> : null}
          </>
        ) : (
          <NoTypeLeft isPageHeading={!outcomeIsHeading} />
        )}
      </div>
      {view.outcome.level === 'caution' ? (
        <ResultSection title="What you ticked means for a massage">
          <FlagList flags={view.outcome.flags} />
        </ResultSection>
      ) : null}
      {view.top && view.outcome.level !== 'doctor-first' ? (
        <JournalLink picks={[view.top.type, ...view.others.suited.map((o) => o.type)]} />
      ) : null}
      {view.top ? <MoreAboutPick pick={view.top} /> : null}
      <OptionsSections options={view.others} lessSuitedTitle="Less suited to your answers" />
      {view.ruledOut.length > 0 ? (
        <ResultSection title="Ruled out for now">
          {view.nextBestNote ? <p>{view.nextBestNote}</p> : null}
          <RuledOutList items={view.ruledOut} />
        </ResultSection>
      ) : null}
      {view.selfMassage ? <SelfMassage tips={view.selfMassage} /> : null}
      {view.watchFor ? (
        <ResultSection title="When to stop and get help">
          <p>
            If any of these start ({view.watchFor.now.join(', ')}), get medical help now: go to an emergency
            department or call your local emergency number.
          </p>
          <p>If you get {view.watchFor.today.join(' or ')}, see a doctor today.</p>
        </ResultSection>
      ) : null}
      {view.therapistTips ? (
        <ResultSection title="Getting the most from a massage">
          <TipList tips={view.therapistTips} />
        </ResultSection>
      ) : null}
      {view.research ? <ResearchNote {...view.research} /> : null}
      <p className="result-small">{NOT_A_DIAGNOSIS}</p>
      {view.top ? (
        <p className="result-small">The link holds your quiz answers but not your health answers.</p>
      ) : null}
      <div className="actions no-print">
        <StartOver onConfirm={onStartOver} />
      </div>
      {view.top ? (
        <div className="result-bar no-print" ref={keepBarSmall}>
          <ShareButton url={shareUrl} title="Massage Match" text={view.shareText} />
          <Link to={paths.card()} className="button button-secondary">
            Show this to your therapist
          </Link>
        </div>
      ) : null}
    </div>
  )
}

function NoTypeLeft({ isPageHeading }: { isPageHeading: boolean }) {
  const Heading = isPageHeading ? 'h1' : 'h2'
  return (
    <>
      <Heading>No massage type suits you right now</Heading>
      <p>What you ticked in the safety check rules out all {TYPE_COUNT} massage types for now.</p>
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
