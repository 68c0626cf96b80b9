import { Link } from 'react-router-dom'
import { MASSAGE_TYPES, NOT_A_DIAGNOSIS } from '../../engine'
import { paths } from '../../routes/paths'
import { JournalLink } from '../journal/journal-link'
import { LevelBanner } from './level-banner'
import { OptionsSections } from './other-options'
import { ResearchNote } from './research-note'
import type { OwnResultView } from './result-view'
import { RuledOutList } from './ruled-out-list'
import { SelfMassage } from './self-massage'
import { ShareButton } from './share-button'
import { StartOver } from './start-over'
import { TipList } from './tip-list'
import { ResultHero, TopPickSections } from './top-pick'

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

/** The person's own result, past the safety check: renders ownResultView's model as it is. */
export function OwnResult({ view, shareUrl, onStartOver }: OwnResultProps) {
  if (view.outcome === 'urgent') {
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

  const banner = view.banner ? <LevelBanner banner={view.banner} /> : null
  return (
    <div className="result-page">
      {view.top ? (
        <>
          <ResultHero pick={view.top} eyebrow="Your best match" />
          {banner}
          {view.watchFor ? <ClearNote watchFor={view.watchFor} /> : null}
          <TopPickSections pick={view.top} whyHeading="Why this suits you" />
        </>
      ) : (
        <>
          <h1>No massage type suits you right now</h1>
          <p>What you ticked in the safety check rules out all {TYPE_COUNT} massage types for now.</p>
          {banner}
        </>
      )}
      <OptionsSections options={view.others} lessSuitedTitle="Less suited to your answers" />
      {view.ruledOut.length > 0 ? (
        <section aria-labelledby="ruled-out-heading">
          <h2 id="ruled-out-heading">Ruled out for now</h2>
          <RuledOutList items={view.ruledOut} />
        </section>
      ) : null}
      {view.therapistTips ? (
        <section aria-labelledby="tips-heading">
          <h2 id="tips-heading">Getting the most from a massage</h2>
          <TipList tips={view.therapistTips} />
        </section>
      ) : null}
      {view.selfMassage ? <SelfMassage tips={view.selfMassage} /> : null}
      {view.research ? (
        <ResearchNote studies={view.research.studies} caveats={view.research.caveats} />
      ) : null}
      <p className="result-small">{NOT_A_DIAGNOSIS}</p>
      <div className="actions no-print">
        <ShareButton url={shareUrl} title="Massage Match" text={view.shareText} />
        {view.top ? <JournalLink picks={[view.top.type, ...view.others.suited.map((o) => o.type)]} /> : null}
        <Link to={paths.card()} className="button button-secondary">
          Show this to your therapist
        </Link>
        <StartOver onConfirm={onStartOver} />
      </div>
    </div>
  )
}

/** A quiet reminder with a clear screening: what to watch for. Not an alarm, so no status role. */
function ClearNote({ watchFor }: { watchFor: readonly string[] }) {
  return (
    <p className="clear-note">
      You ticked none of the warning signs. If any of them start ({watchFor.join(', ')}), stop and get medical
      help.
    </p>
  )
}
