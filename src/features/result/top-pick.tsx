import { MassagePicture } from './massage-picture'
import { ReasonList, WorthKnowing } from './reason-list'
import { ResultSection } from './result-section'
import type { TopPick } from './ranking-view'

interface ResultHeroProps {
  pick: TopPick
  /** Whose match it is, or that it is what is left. */
  eyebrow: string
  /** The page's h1, unless the outcome is ("See a doctor first"). */
  isPageHeading?: boolean
}

/** The top pick's name, its tagline and picture, under a line saying whose match it is. */
export function ResultHero({ pick, eyebrow, isPageHeading = true }: ResultHeroProps) {
  const Name = isPageHeading ? 'h1' : 'h2'
  return (
    <div className="result-hero">
      <div>
        <p className="result-eyebrow">{eyebrow}</p>
        <Name className="result-name">{pick.name}</Name>
        <p className="result-tagline">{pick.tagline}</p>
      </div>
      <MassagePicture type={pick.type} size={64} />
    </div>
  )
}

/** Why the pick suits: its strongest reasons, or why it is shown when nothing points to it. */
export function WhyItSuits({ reasons, heading }: { reasons: readonly string[]; heading: string }) {
  return (
    <section aria-labelledby="why-heading">
      <h2 id="why-heading">{heading}</h2>
      {reasons.length > 0 ? (
        <ReasonList reasons={reasons} />
      ) : (
        <p>None of the answers points to this type: it is first of what the safety check leaves.</p>
      )}
    </section>
  )
}

/** Everything else about the pick, on demand: all its reasons, what counts against it, what to expect. */
export function MoreAboutPick({ pick }: { pick: TopPick }) {
  return (
    <ResultSection title={`More about ${pick.name}`}>
      {pick.reasons.length > 0 ? (
        <>
          <h3>Every reason</h3>
          <ReasonList reasons={pick.reasons} />
          <p className="result-small">Reasons quote our massage guide and common clinical advice.</p>
        </>
      ) : null}
      <WorthKnowing against={pick.against} />
      <h3>What to expect</h3>
      <p>
        <strong>Best for:</strong> {pick.bestFor}.
      </p>
      <ul>
        {pick.expect.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </ResultSection>
  )
}
