import type { Finding } from '../../engine'

interface ResearchNoteProps {
  studies: readonly Finding[]
  caveats: readonly Finding[]
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
  return (
    <ul>
      {findings.map((f) => (
        <li key={f.source}>
          <strong>{f.source}:</strong> {f.finding}
        </li>
      ))}
    </ul>
  )
}

/** The guide's studies next to what wider reviews say, collapsed to keep the page short. */
export function ResearchNote({ studies, caveats }: ResearchNoteProps) {
  return (
    <details className="result-details research-note">
      <summary>What the research says</summary>
      <p>The guide reports these studies:</p>
      <FindingList findings={studies} />
      <p>Wider reviews are more careful:</p>
      <FindingList findings={caveats} />
    </details>
  )
}
