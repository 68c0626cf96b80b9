import { Fragment, useLayoutEffect, useState, type ReactNode } from 'react'
import { NOT_A_DIAGNOSIS } from '../../engine'
import { JournalLink } from './journal-link'
import { BookingLine } from './booking-line'
import { NothingFits } from './nothing-fits'
import { OptionsSections } from './other-options'
import { FlagList, OutcomeBlock } from './outcome-block'
import { ResearchNote } from './research-note'
import { cameBackFromCard, placeActions, ResultActions, resultOpened } from './result-bar'
import { openSectionsAgain, ResultSection } from './result-section'
import {
  SECTION_ORDER,
  type OwnResultView,
  type SectionData,
  type SectionId,
  type Sections,
} from './result-view'
import { RuledOutList } from './ruled-out-list'
import { SelfMassage } from './self-massage'
import { StartOver } from './start-over'
import { TipList } from './tip-list'
import { MoreAboutPick, ResultHero, WhyItSuits } from './top-pick'
import { WatchForSection } from './watch-for-section'

type OwnView = Exclude<OwnResultView, { kind: 'stop' | 'no-massage' | 'no-result' }>
type PickView = Extract<OwnView, { kind: 'pick' }>

/** How each section of the own result is drawn from its data (result-view.ts's SectionData). */
const SECTIONS: { readonly [K in SectionId]: (data: SectionData[K]) => ReactNode } = {
  'what-you-ticked': (flags) => (
    <ResultSection title="What you ticked means for a massage">
      <FlagList flags={flags} />
    </ResultSection>
  ),
  plan: () => <JournalLink />,
  'more-about': (top) => <MoreAboutPick pick={top} />,
  options: (options) => <OptionsSections options={options} lessSuitedTitle="Less suited to your answers" />,
  'ruled-out': ({ note, items }) => (
    <ResultSection title="Ruled out for now">
      {note ? <p>{note}</p> : null}
      <RuledOutList items={items} />
    </ResultSection>
  ),
  'self-massage': (tips) => <SelfMassage tips={tips} />,
  'watch-for': (watchFor) => <WatchForSection watchFor={watchFor} />,
  'therapist-tips': (tips) => (
    <ResultSection title="Getting the most from a massage">
      <TipList tips={tips} />
    </ResultSection>
  ),
  research: (research) => <ResearchNote {...research} />,
}

/** A section as its table draws it, when this result shows it. */
function section<K extends SectionId>(sections: Sections, id: K): ReactNode {
  const data: SectionData[K] | undefined = sections[id]
  return data === undefined ? null : SECTIONS[id](data)
}

interface OwnResultProps {
  view: OwnView
  /** The link Share sends (the answers and the types ruled out, never the conditions); '' without a pick. */
  shareUrl: string
  onStartOver: () => void
}

/**
 * The person's own result, past the safety check: renders ownResultView's model as it is. The
 * first screen holds the decision (the pick, the outcome read right after its name, its strongest
 * reasons, what to ask for); the sections open on demand. Share and the card stay in a bar at the
 * bottom, or follow the booking line where the decision does not fit above the bar.
 */
export function OwnResult({ view, shareUrl, onStartOver }: OwnResultProps) {
  const pick = view.kind === 'pick' ? view : null
  // Back from the card by its link, the sections open before are open again, and focus returns to
  // that link (use-arrival-focus.ts).
  const [focusCard] = useState(() => openSectionsAgain(cameBackFromCard()))
  useLayoutEffect(resultOpened, [])
  const actions = (place: 'bar' | 'near') =>
    pick && shareUrl ? (
      <ResultActions shareUrl={shareUrl} shareText={pick.shareText} place={place} focusCard={focusCard} />
    ) : null
  return (
    <div
      className={pick ? 'result-page result-page-with-bar' : 'result-page'}
      ref={pick && shareUrl ? placeActions : undefined}
    >
      <div className="result-decision">
        {view.kind === 'pick' ? (
          <Decision pick={view} actions={actions('near')} />
        ) : (
          <>
            {view.outcome.level === 'doctor-first' ? <OutcomeBlock outcome={view.outcome} /> : null}
            <NothingFits
              note={view.note}
              instead={view.instead}
              isPageHeading={view.outcome.level !== 'doctor-first'}
            />
          </>
        )}
      </div>
      {SECTION_ORDER.map((id) => (
        <Fragment key={id}>{section(view.sections, id)}</Fragment>
      ))}
      <p className="result-small">{NOT_A_DIAGNOSIS}</p>
      {pick ? (
        <p className="result-small">The link holds your quiz answers but not your health answers.</p>
      ) : null}
      <div className="actions no-print">
        <StartOver onConfirm={onStartOver} />
      </div>
      {actions('bar')}
    </div>
  )
}

/**
 * The pick in the first screen: its name, then the outcome (so a screen reader, which starts at the
 * name, reads it next; under "See a doctor first" the outcome is the heading and comes first), why
 * it is first, its strongest reasons, what to ask for.
 */
function Decision({ pick, actions }: { pick: PickView; actions: ReactNode }) {
  const doctorFirst = pick.outcome.level === 'doctor-first'
  return (
    <>
      {doctorFirst ? <OutcomeBlock outcome={pick.outcome} /> : null}
      <ResultHero pick={pick.top} eyebrow={pick.eyebrow} isPageHeading={!doctorFirst} />
      {doctorFirst ? null : <OutcomeBlock outcome={pick.outcome} />}
      {pick.leftNote ? <p className="left-note">{pick.leftNote}</p> : null}
      {pick.strongest.length > 0 ? (
        <WhyItSuits reasons={pick.strongest} heading={pick.strongestHeading} />
      ) : null}
      <BookingLine text={pick.booking} />
      {actions}
    </>
  )
}
