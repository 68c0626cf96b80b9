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
export function WorthKnowing({
  against,
  headingLevel = 3,
}: {
  against: readonly string[]
  headingLevel?: 3 | 4
}) {
  if (against.length === 0) return null
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <div className="worth-knowing">
      <Heading className="worth-knowing-heading">Worth knowing</Heading>
      <ReasonList reasons={against} />
    </div>
  )
}
