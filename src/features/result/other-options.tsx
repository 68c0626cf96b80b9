import type { MassageType } from '../../engine'
import { MassagePicture } from './massage-picture'
import { ReasonList, WorthKnowing } from './reason-list'

export interface OptionItem {
  type: MassageType
  name: string
  tagline: string
  /** Why it suits: the rules that raised it. */
  reasons: readonly string[]
  /** What counts against it: the rules that lowered it. */
  against: readonly string[]
}

interface OtherOptionsProps {
  options: readonly OptionItem[]
}

/** The other types that suit the answers, best first, each opening to show why it ranks where it does. */
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
            <ReasonList reasons={option.reasons} />
            <WorthKnowing against={option.against} />
          </details>
        </li>
      ))}
    </ol>
  )
}

interface LessSuitedProps extends OtherOptionsProps {
  /** The summary: "Less suited to your answers", or to a shared link's answers. */
  title: string
}

/** Types that rank at or below zero, collapsed, each with why it ranks low. */
export function LessSuited({ options, title }: LessSuitedProps) {
  return (
    <details className="rs-details less-suited">
      <summary>{title}</summary>
      <ul className="less-suited-list">
        {options.map((option) => (
          <li key={option.type}>
            <strong>{option.name}</strong>
            {option.against.length > 0 ? (
              <ReasonList reasons={option.against} />
            ) : (
              <p className="rs-small">None of the answers pointed towards this type.</p>
            )}
          </li>
        ))}
      </ul>
    </details>
  )
}
