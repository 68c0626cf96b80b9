import { useRef, type ReactNode } from 'react'
import './options.css'

export interface RadioOption {
  value: string
  label: string
  hint?: string
}

/** How a choice was made: a tap, click, Space or Enter picks; arrow keys only move through the group. */
export type ChoiceHow = 'pick' | 'arrow'

interface RadioOptionsProps {
  name: string
  options: readonly RadioOption[]
  selected: string | null
  /** 'tiles': numbers in one row (a 0 to 10 scale), the hints under their own numbers. */
  variant: 'rows' | 'tiles'
  onSelect: (value: string) => void
}

/** The radios of a group: native radios in large whole-row labels, or in tiles. */
function RadioOptions({ name, options, selected, variant, onSelect }: RadioOptionsProps) {
  const hintId = (value: string) => `${name}-hint-${value}`
  const labelId = (value: string) => `${name}-label-${value}`
  const tiles = variant === 'tiles'

  const inputs = options.map((option) => (
    <label key={option.value} className={tiles ? 'tile' : 'option-row'}>
      <input
        type="radio"
        name={name}
        value={option.value}
        checked={selected === option.value}
        // The label alone names the radio; the hint (inside the same tappable row) describes it. A
        // tile's number is its name, drawn on its face, which is not read a second time.
        aria-label={tiles ? option.label : undefined}
        aria-labelledby={tiles ? undefined : labelId(option.value)}
        aria-describedby={option.hint ? hintId(option.value) : undefined}
        onChange={() => onSelect(option.value)}
      />
      {tiles ? (
        <span className="tile-face" aria-hidden="true">
          {option.label}
        </span>
      ) : (
        <span className="option-text">
          <span id={labelId(option.value)} className="option-label">
            {option.label}
          </span>
          {option.hint ? (
            <span id={hintId(option.value)} className="option-hint">
              {option.hint}
            </span>
          ) : null}
        </span>
      )}
    </label>
  ))

  if (!tiles) return <div className="option-list">{inputs}</div>
  return (
    <>
      <div className="tile-grid">{inputs}</div>
      {/* Seen under the row; read once, as the description of its number. */}
      <ul className="tile-anchors" aria-hidden="true">
        {options
          .filter((o) => o.hint)
          .map((o) => (
            // Under its own number (options.css), so the number is not repeated.
            <li key={o.value} id={hintId(o.value)}>
              {o.hint}
            </li>
          ))}
      </ul>
    </>
  )
}

interface RadioGroupProps extends Omit<RadioOptionsProps, 'onSelect'> {
  /** The group's name: the screen's h1, shown as the legend. */
  heading: ReactNode
  headingId: string
  describedBy?: string
  onSelect: (value: string, how: ChoiceHow) => void
}

/**
 * A question screen's one group, in a fieldset whose legend is the heading. Arrow keys change the
 * choice like any radio group; the screen decides what a pick does next.
 */
export function RadioGroup({ heading, headingId, describedBy, onSelect, ...options }: RadioGroupProps) {
  // Browsers turn an arrow key in a radio group into a click: remember that it came from the keyboard.
  const byArrow = useRef(false)
  return (
    <fieldset
      className="group"
      role="radiogroup"
      aria-labelledby={headingId}
      aria-describedby={describedBy}
      onKeyDown={(event) => {
        byArrow.current = event.key.startsWith('Arrow')
      }}
      onKeyUp={() => {
        byArrow.current = false
      }}
      onPointerDown={() => {
        byArrow.current = false
      }}
    >
      <legend className="question-legend">{heading}</legend>
      <RadioOptions {...options} onSelect={(value) => onSelect(value, byArrow.current ? 'arrow' : 'pick')} />
    </fieldset>
  )
}

interface ChoiceGroupProps extends RadioOptionsProps {
  legend: string
}

/** One question among others on a form (the journal's), named by its legend; a pick only records it. */
export function ChoiceGroup({ legend, ...options }: ChoiceGroupProps) {
  return (
    <fieldset className="group">
      <legend className="group-legend">{legend}</legend>
      <RadioOptions {...options} />
    </fieldset>
  )
}
