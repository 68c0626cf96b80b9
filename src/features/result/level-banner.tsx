import type { Banner } from './result-view'

/** The screening level with each flag's advice. The view gives none when clear (or urgent, which has its own page). */
export function LevelBanner({ banner }: { banner: Banner }) {
  return (
    <div className={`level-banner level-banner-${banner.level}`} role="status">
      <p className="level-banner-title">{banner.title}</p>
      <ul className="level-banner-flags">
        {banner.flags.map((flag) => (
          <li key={flag.key}>
            <strong>{flag.short}:</strong> {flag.advice}
          </li>
        ))}
      </ul>
    </div>
  )
}
