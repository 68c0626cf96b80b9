import type { MassageType } from '../../engine'

// One calm line drawing per type, all on the same soft circle with the same stroke,
// so no type looks more "important" than another. Decorative: the name is always in text.
const TORSO = 'M34 22 Q48 16 62 22 L60 48 Q64 62 61 76 L35 76 Q32 62 36 48 Z'

// Every type needs one: the Record makes tsc name this file when a type is added to the catalog.
const DRAWINGS: Record<MassageType, React.ReactNode> = {
  swedish: (
    <>
      <path d={TORSO} />
      <path d="M22 44 C32 36 40 52 50 44 S68 36 74 44" />
      <path d="M22 58 C32 50 40 66 50 58 S68 50 74 58" />
    </>
  ),
  'deep-tissue': (
    <>
      <path d={TORSO} />
      <path d="M48 34 V56" />
      <path d="M41 49 L48 56 L55 49" />
      <path d="M38 66 H58" />
    </>
  ),
  'trigger-point': (
    <>
      <path d={TORSO} />
      <circle cx="54" cy="56" r="9" />
      <circle cx="54" cy="56" r="3" />
    </>
  ),
  'myofascial-release': (
    <>
      <path d={TORSO} />
      <path d="M44 52 H22 M28 46 L22 52 L28 58" />
      <path d="M52 52 H74 M68 46 L74 52 L68 58" />
    </>
  ),
  reflexology: (
    <>
      <path d="M50 30 C36 30 36 50 40 62 C43 72 42 80 50 80 C58 80 60 72 58 62 C56 50 62 30 50 30 Z" />
      <circle cx="40" cy="22" r="3" />
      <circle cx="47" cy="19" r="3" />
      <circle cx="54" cy="19" r="3" />
      <circle cx="60" cy="23" r="3" />
      <circle cx="49" cy="48" r="2.5" />
      <circle cx="50" cy="64" r="2.5" />
    </>
  ),
}

interface MassagePictureProps {
  type: MassageType
  /** Width and height in CSS pixels. */
  size?: number
}

/** A simple line drawing of a massage type. Hidden from screen readers: the name is shown beside it. */
export function MassagePicture({ type, size = 96 }: MassagePictureProps) {
  return (
    <svg
      className="massage-picture"
      width={size}
      height={size}
      viewBox="0 0 96 96"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="48" cy="48" r="46" className="massage-picture-bg" />
      <g
        fill="none"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="massage-picture-lines"
      >
        {DRAWINGS[type]}
      </g>
    </svg>
  )
}
