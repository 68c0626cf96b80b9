import { TYPE_DETAILS, type MassageType, type Shape } from '../../engine'

// One calm line drawing per type (its details hold the lines), all on the same soft circle with
// the same stroke, so no type looks more "important" than another. Decorative: the name is always in text.
function DrawnShape({ shape }: { shape: Shape }) {
  if (typeof shape === 'string') return <path d={shape} />
  const [cx, cy, r] = shape.circle
  return <circle cx={cx} cy={cy} r={r} />
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
        {TYPE_DETAILS[type].drawing.map((shape, i) => (
          // The drawing never changes order, so the index is a stable key.
          <DrawnShape key={i} shape={shape} />
        ))}
      </g>
    </svg>
  )
}
