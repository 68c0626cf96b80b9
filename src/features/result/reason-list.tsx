import { useId } from 'react'

interface ReasonListProps {
  reasons: readonly string[]
}

/** The engine's reasons, as a plain list. */
export function ReasonList({ reasons }: ReasonListProps) {
  return (
    <ul className="reason-list">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  )
}

/** What counts against a type, apart from why it suits: a small heading and the reasons. */
export function WorthKnowing({ against }: { against: readonly string[] }) {
  const id = useId()
  if (against.length === 0) return null
  return (
    <div className="worth-knowing" role="group" aria-labelledby={id}>
      <h3 id={id} className="worth-knowing-heading">
        Worth knowing
      </h3>
      <ReasonList reasons={against} />
    </div>
  )
}
