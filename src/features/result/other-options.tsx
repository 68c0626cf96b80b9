import { MassagePicture } from './massage-picture'
import { ReasonList, WorthKnowing } from './reason-list'
import { ResultSection } from './result-section'
import type { OptionItem, Options } from './ranking-view'

interface OptionsSectionsProps {
  options: Options
  /** The summary of the collapsed list: "Less suited to your answers", or to a shared link's answers. */
  lessSuitedTitle: string
}

/** The ranking below the top pick: "Other options", then the less suited collapsed apart. */
export function OptionsSections({ options, lessSuitedTitle }: OptionsSectionsProps) {
  return (
    <>
      {options.suited.length > 0 ? (
        <ResultSection title="Other options">
          <p className="result-small">Best first. Open one to see why it ranks there.</p>
          <OtherOptions options={options.suited} />
        </ResultSection>
      ) : null}
      {options.lessSuited.length > 0 ? (
        <LessSuited options={options.lessSuited} title={lessSuitedTitle} />
      ) : null}
    </>
  )
}

/** The other types that suit the answers, best first, each opening to show why it ranks where it does. */
function OtherOptions({ options }: { options: readonly OptionItem[] }) {
  return (
    <ol className="other-options">
      {options.map((option) => (
        <li key={option.type}>
          <details className="result-details">
            <summary>
              <MassagePicture type={option.type} size={48} />
              <span>
                <span className="other-options-name">{option.name}</span>
                <span className="result-small">{option.tagline}</span>
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

/** Types that rank at or below zero, collapsed, each with why it ranks low. */
function LessSuited({ options, title }: { options: readonly OptionItem[]; title: string }) {
  return (
    <details className="result-details less-suited">
      <summary>{title}</summary>
      <ul className="less-suited-list">
        {options.map((option) => (
          <li key={option.type}>
            <strong>{option.name}</strong>
            {option.against.length > 0 ? (
              <ReasonList reasons={option.against} />
            ) : (
              <p className="result-small">None of the answers pointed towards this type.</p>
            )}
          </li>
        ))}
      </ul>
    </details>
  )
}
