import { NOT_A_DIAGNOSIS } from '../../engine'
import { OptionsSections } from './other-options'
import type { SharedResultView } from './result-view'
import { SHARED_WORDS } from './shared-pick'
import { MoreAboutPick, ResultHero, WhyItSuits } from './top-pick'

interface SharedResultProps {
  view: SharedResultView
  onTakeCheck: () => void
}

/**
 * A result opened from a link without the viewer's own safety check: the ranking, and a way to the check. Its first
 * screen (the hero, the notices) is also painted before the app by src/boot/shared-first-paint.ts,
 * element for element: shared-first-paint.test.tsx holds the two equal.
 */
export function SharedResult({ view, onTakeCheck }: SharedResultProps) {
  return (
    <div className="result-page">
      {view.top ? (
        <ResultHero pick={view.top} eyebrow={view.eyebrow} />
      ) : (
        <h1>{SHARED_WORDS.nothingHeading}</h1>
      )}
      {view.adjusted ? (
        <p className="shared-adjusted">{view.top ? SHARED_WORDS.adjusted : SHARED_WORDS.adjustedNothing}</p>
      ) : null}
      <div className="shared-notice">
        <p className="shared-notice-title">{SHARED_WORDS.noticeTitle}</p>
        <p>{SHARED_WORDS.notice}</p>
        <button type="button" className="button button-primary" onClick={onTakeCheck}>
          {SHARED_WORDS.takeCheck}
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
