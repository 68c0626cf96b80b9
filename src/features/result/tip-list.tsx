import type { ReactNode } from 'react'
import type { Tip } from '../../engine'

interface TipItemProps {
  tip: Pick<Tip, 'title' | 'lines'>
  /** Anything that belongs with the tip, such as a timer. */
  children?: ReactNode
}

/** One tip as a list item, with a small heading (h3: tips sit under a section's h2). */
export function TipItem({ tip, children }: TipItemProps) {
  return (
    <li>
      <h3>{tip.title}</h3>
      {tip.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {children}
    </li>
  )
}

/** Short tips as a list. */
export function TipList({ tips }: { tips: readonly Tip[] }) {
  return (
    <ul className="tip-list">
      {tips.map((tip) => (
        <TipItem key={tip.id} tip={tip} />
      ))}
    </ul>
  )
}
