import { ResultSection } from './result-section'
import { SelfMassageTimer } from './self-massage-timer'
import type { SelfMassageTip } from './result-view'
import { TipItem } from './tip-list'

/** The self-massage tips the safety check allows; the foam roller comes with its timer. */
export function SelfMassage({ tips }: { tips: readonly SelfMassageTip[] }) {
  return (
    <ResultSection title="Self-massage at home">
      <p>Go gently, and stop if the pain gets sharper.</p>
      <ul className="tip-list">
        {tips.map(({ tip, hasTimer }) => (
          <TipItem key={tip.id} tip={tip}>
            {hasTimer ? <SelfMassageTimer /> : null}
          </TipItem>
        ))}
      </ul>
    </ResultSection>
  )
}
