import { NOT_A_DIAGNOSIS } from '../../engine'
import { OptionsSections } from './other-options'
import type { SharedResultView } from './result-view'
import { MoreAboutPick, ResultHero, WhyItSuits } from './top-pick'

interface SharedResultProps {
  view: SharedResultView
  onTakeCheck: () => void
}

/** A result opened from a link without the viewer's own safety check: the ranking, and a way to the check. */
export function SharedResult({ view, onTakeCheck }: SharedResultProps) {
  return (
    <div className="result-page">
      {view.top ? (
        <ResultHero pick={view.top} eyebrow={view.eyebrow} />
      ) : (
        <h1>No massage type for the shared answers right now</h1>
      )}
      {view.adjusted ? (
        <p className="shared-adjusted">
          {view.top
            ? 'Adjusted for a health condition: the safety check of the person who sent this link ruled out some massage types, so they are left out here. Which condition is not shared.'
            : 'The safety check of the person who sent this link leaves no massage type that fits their answers for now. Which condition is not shared.'}
        </p>
      ) : null}
      <div className="shared-notice">
        <p className="shared-notice-title">This is a shared result</p>
        <p>
          It was opened from a link, and comes from the quiz answers in that link, without a safety check.
          Take the safety check before you treat any pick as yours: some health conditions rule out some
          massage types.
        </p>
        <button type="button" className="button button-primary" onClick={onTakeCheck}>
          Take the safety check
        </button>
      </div>
      {view.top ? (
        <>
          <WhyItSuits reasons={view.strongest} heading="Why it suits these answers" />
          <MoreAboutPick pick={view.top} />
        </>
      ) : null}
      <OptionsSections options={view.others} lessSuitedTitle="Less suited to these answers" />
      <p className="result-small">{NOT_A_DIAGNOSIS}</p>
    </div>
  )
}
