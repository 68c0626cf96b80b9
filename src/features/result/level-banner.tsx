import type { Level } from '../../engine'

export interface BannerFlag {
  key: string
  /** Short name of the item ticked ("Fragile bones"). */
  short: string
  advice: string
}

interface LevelBannerProps {
  level: Level
  flags: readonly BannerFlag[]
}

const TITLES: Partial<Record<Level, string>> = {
  caution: 'Caution',
  'doctor-first': 'See a doctor first',
}

/** The screening level with each flag's advice. Nothing when the screening is clear (or urgent, which has its own screen). */
export function LevelBanner({ level, flags }: LevelBannerProps) {
  const title = TITLES[level]
  if (!title) return null
  return (
    <div className={`level-banner level-banner-${level}`} role="status">
      <p className="level-banner-title">{title}</p>
      <ul className="level-banner-flags">
        {flags.map((flag) => (
          <li key={flag.key}>
            <strong>{flag.short}:</strong> {flag.advice}
          </li>
        ))}
      </ul>
    </div>
  )
}
