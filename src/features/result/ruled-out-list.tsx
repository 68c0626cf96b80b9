export interface RuledOutItem {
  key: string
  name: string
  /** Each item that rules it out: its short name and why, in plain words. */
  because: readonly { key: string; short: string; why: string }[]
}

interface RuledOutListProps {
  items: readonly RuledOutItem[]
}

/** Types the safety check rules out for now, each with what rules it out and why. */
export function RuledOutList({ items }: RuledOutListProps) {
  return (
    <ul className="ruled-out">
      {items.map((item) => (
        <li key={item.key}>
          <strong>{item.name}</strong>
          {item.because.map((b) => (
            <span key={b.key} className="rs-small">
              Because of {lowerFirst(b.short)}: {b.why}
            </span>
          ))}
        </li>
      ))}
    </ul>
  )
}

/** "Fragile bones" reads "fragile bones" mid-sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
