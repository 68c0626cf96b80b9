import { MassagePicture } from './massage-picture'
import { ReasonList } from './reason-list'
import type { TopPick } from './result-view'

/** The page's h1: the top pick's name, its tagline and picture, under a line saying whose match it is. */
export function ResultHero({ pick, eyebrow }: { pick: TopPick; eyebrow: string }) {
  return (
    <div className="result-hero">
      <div>
        <p className="result-eyebrow">{eyebrow}</p>
        <h1>{pick.name}</h1>
        <p className="result-tagline">{pick.tagline}</p>
      </div>
      <MassagePicture type={pick.type} />
    </div>
  )
}

/** Why the top pick suits, what counts against it (apart, only when there is something), what to expect. */
export function TopPickSections({ pick, whyHeading }: { pick: TopPick; whyHeading: string }) {
  return (
    <>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">{whyHeading}</h2>
        {pick.reasons.length > 0 ? (
          <ReasonList reasons={pick.reasons} />
        ) : (
          <p>None of the answers points to this type: it is first of what the safety check leaves.</p>
        )}
        <p className="result-small">Reasons quote our massage guide and common clinical advice.</p>
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
          <strong>Best for:</strong> {pick.bestFor}.
        </p>
        <ul>
          {pick.expect.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </>
  )
}
