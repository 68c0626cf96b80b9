import type { RuledOutItem } from './ranking-view'

/** Types the safety check rules out for now, each with what rules it out and why. */
export function RuledOutList({ items }: { items: readonly RuledOutItem[] }) {
  return (
    <ul className="ruled-out">
      {items.map((item) => (
        <li key={item.type}>
          <strong>{item.name}</strong>
          {item.because.map((b) => (
            <span key={b.key} className="result-small">
              {b.text}
            </span>
          ))}
        </li>
      ))}
    </ul>
  )
}
