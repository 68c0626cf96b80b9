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
