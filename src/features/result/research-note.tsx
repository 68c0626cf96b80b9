import type { EvidenceSource, Finding } from '../../engine'
import { ResultSection } from './result-section'

interface ResearchNoteProps {
  summary: readonly string[]
  sources: readonly EvidenceSource[]
  guide: readonly Finding[]
  /** ISO date the sources were last checked. */
  reviewed: string
}

/** "1 December 2026": the date as a person writes it. UTC, so the day never shifts by time zone. */
function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** How sure anyone can be: the summary first, then each source with its strength and a link. */
export function ResearchNote({ summary, sources, guide, reviewed }: ResearchNoteProps) {
  return (
    <ResultSection title="What the research says">
      {summary.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <ul className="evidence-list">
        {sources.map((s) => (
          <li key={s.id}>
            <strong>{s.url ? <a href={s.url}>{s.source}</a> : s.source}:</strong> {s.finding}{' '}
            <span className="result-small">{s.strength}</span>
          </li>
        ))}
      </ul>
      <h3>What our guide reports, and what we could check</h3>
      <ul>
        {guide.map((f) => (
          <li key={f.source}>
            <strong>{f.source}:</strong> {f.finding}
          </li>
        ))}
      </ul>
      <p className="result-small">Last reviewed {longDate(reviewed)}.</p>
    </ResultSection>
  )
}
