export interface RuledOutItem {
  key: string
  name: string
  /** Short names of the items that rule it out. */
  because: readonly string[]
}

interface RuledOutListProps {
  items: readonly RuledOutItem[]
}

/** Types the safety check rules out for now, and why. */
export function RuledOutList({ items }: RuledOutListProps) {
  return (
    <ul className="ruled-out">
      {items.map((item) => (
        <li key={item.key}>
          <strong>{item.name}</strong>
          <span className="rs-small">Because of: {item.because.join(', ')}</span>
        </li>
      ))}
    </ul>
  )
}
