import { SelfMassageTimer } from './self-massage-timer'
import type { SelfMassageTip } from './result-view'
import { TipItem } from './tip-list'

/** The self-massage tips the safety check allows; the foam roller comes with its timer. */
export function SelfMassage({ tips }: { tips: readonly SelfMassageTip[] }) {
  return (
    <section aria-labelledby="self-heading">
      <h2 id="self-heading">Self-massage at home</h2>
      <p>Go gently, and stop if the pain gets sharper.</p>
      <ul className="tip-list">
        {tips.map(({ tip, hasTimer }) => (
          <TipItem key={tip.id} tip={tip}>
            {hasTimer ? <SelfMassageTimer /> : null}
          </TipItem>
        ))}
      </ul>
    </section>
  )
}
