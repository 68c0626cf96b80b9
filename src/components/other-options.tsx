import type { MassageType } from '../engine'
import { MassagePicture } from './massage-picture'
import { ReasonList } from './reason-list'

export interface OptionItem {
  type: MassageType
  name: string
  tagline: string
  reasons: readonly string[]
}

interface OtherOptionsProps {
  options: readonly OptionItem[]
}

/** The other types, best first, each opening to show why it ranks where it does. */
export function OtherOptions({ options }: OtherOptionsProps) {
  return (
    <ol className="other-options">
      {options.map((option) => (
        <li key={option.type}>
          <details className="rs-details">
            <summary>
              <MassagePicture type={option.type} size={48} />
              <span>
                <span className="other-options-name">{option.name}</span>
                <span className="rs-small">{option.tagline}</span>
              </span>
            </summary>
            {option.reasons.length > 0 ? (
              <ReasonList reasons={option.reasons} />
            ) : (
              <p>None of the answers pointed towards or away from this type.</p>
            )}
          </details>
        </li>
      ))}
    </ol>
  )
}
