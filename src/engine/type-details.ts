import { GIVEN, type GivenAnswer } from './given-answers'
import type { MassageType } from './types'

// Everything about a type beyond its catalog entry, one entry per type: the catalog loads with the
// first screens, these words and drawings only with the result (docs/decisions/0013-type-details.md).
// The Record makes tsc ask for an entry when a type is added to the catalog.

/** What the guide says of a type (section 2 of the guide). */
export interface MassageProfile {
  /** The guide's short tag, e.g. "Gentle & Relaxing". */
  tagline: string
  /** The guide's "Best for" line. */
  bestFor: string
  /** What to expect, in the guide's words. */
  expect: string[]
}

/**
 * The rule that carries the guide's reason to choose a type: without one, no answers make the
 * type the top pick. It fires on one value of one answer and moves only its own type, by the
 * weight of a guide's "Best for" line (docs/decisions/0007-rule-weights.md).
 */
export interface OwnRule {
  /** Kebab-case, unique, stable: tests refer to it. */
  id: string
  /** Set when the answer is a stated preference rather than a "Best for" line: its own points. */
  preference?: number
  /** The answer that points to the type: the rule fires on it, and the reason starts with its words. */
  answer: GivenAnswer
  /** The end of the reason: names the type and says why it fits. */
  why: string
}

/** One shape of a drawing on a 96 × 96 grid: an SVG path, or a circle's centre and radius. */
export type Shape = string | { circle: readonly [cx: number, cy: number, r: number] }

export interface TypeDetails extends MassageProfile {
  /** The type's name as it reads mid-sentence. */
  plainName: string
  /** How it applies pressure, in words true of it: the pressure and severe-pain rules quote these. */
  howItPresses: string
  own: OwnRule
  /** A calm line drawing, drawn with the same stroke as every other type's. */
  drawing: readonly Shape[]
}

const TORSO = 'M34 22 Q48 16 62 22 L60 48 Q64 62 61 76 L35 76 Q32 62 36 48 Z'

export const TYPE_DETAILS: Readonly<Record<MassageType, TypeDetails>> = {
  swedish: {
    plainName: 'Swedish massage',
    howItPresses: 'uses long, gliding strokes that can be kept light',
    tagline: 'Gentle and relaxing',
    bestFor: 'Mild to moderate lower back pain and general relaxation',
    expect: [
      'Long, gliding strokes meant to relax tense muscles.',
      'Often chosen when stress makes back pain worse.',
    ],
    own: {
      id: 'stress-suits-swedish',
      answer: GIVEN.stressed,
      why: 'the guide names Swedish massage for back pain that stress makes worse.',
    },
    drawing: [TORSO, 'M22 44 C32 36 40 52 50 44 S68 36 74 44', 'M22 58 C32 50 40 66 50 58 S68 50 74 58'],
  },
  'deep-tissue': {
    plainName: 'deep tissue massage',
    howItPresses: 'uses slow, strong strokes on the deeper layers of muscle',
    tagline: 'Firm and intense',
    bestFor: 'Pain from muscle knots; the guide also names it for long-standing pain',
    expect: [
      'Slow, strong strokes that work on the deeper layers of muscle.',
      'Aims to ease tight muscles and stiffness. It can feel sore for a day or two afterwards.',
    ],
    own: {
      id: 'achy-knots-suit-deep-tissue',
      answer: GIVEN.achyKnots,
      why: 'the guide names deep tissue massage for pain from muscle knots.',
    },
    drawing: [TORSO, 'M48 34 V56', 'M41 49 L48 56 L55 49', 'M38 66 H58'],
  },
  'trigger-point': {
    plainName: 'trigger point therapy',
    howItPresses: 'presses firmly on one tight spot at a time',
    tagline: 'Targeted relief',
    bestFor: 'Muscle knots (trigger points) that cause sharp pain',
    expect: [
      'The therapist presses on one spot at a time, aiming to ease the tight muscle.',
      'The guide says it can help pain that spreads from the lower back. There is little research on this.',
    ],
    own: {
      id: 'sharp-knots-suit-trigger-point',
      answer: GIVEN.sharpKnots,
      why: 'the guide names trigger point therapy for knots (trigger points) that cause sharp pain.',
    },
    drawing: [TORSO, { circle: [54, 56, 9] }, { circle: [54, 56, 3] }],
  },
  'myofascial-release': {
    plainName: 'myofascial release',
    howItPresses: 'uses slow, sustained stretching, with pressure that can be kept light',
    tagline: 'Slow stretching of connective tissue',
    bestFor: 'Tightness and stiffness in the lower back muscles',
    expect: [
      'Slow, steady stretching of the fascia, the connective tissue around the muscles.',
      'Aims to ease tightness and help you move more freely.',
    ],
    own: {
      id: 'stiffness-suits-myofascial',
      answer: GIVEN.stiff,
      why: 'the guide names myofascial release for tightness and stiffness; it aims to help you move more freely.',
    },
    drawing: [TORSO, 'M44 52 H22 M28 46 L22 52 L28 58', 'M52 52 H74 M68 46 L74 52 L68 58'],
  },
  reflexology: {
    plainName: 'reflexology',
    howItPresses: 'works on the feet, not on the back',
    tagline: 'Foot massage for back pain',
    // The guide's "overall pain relief" said as its claim: reflexology's evidence is the weakest of the five.
    bestFor:
      'If you would rather not have your back touched; the guide also calls it an alternative for pain relief',
    expect: [
      'Pressure on points in the feet that are said to correspond to the lower back.',
      'Many people find it relaxing. There is less research on it for back pain than on the other types.',
    ],
    own: {
      id: 'no-back-suits-reflexology',
      preference: 10,
      answer: GIVEN.noBack,
      why: 'reflexology works on the feet, and the guide calls it a good option for people who do not want their back massaged.',
    },
    drawing: [
      'M50 30 C36 30 36 50 40 62 C43 72 42 80 50 80 C58 80 60 72 58 62 C56 50 62 30 50 30 Z',
      { circle: [40, 22, 3] },
      { circle: [47, 19, 3] },
      { circle: [54, 19, 3] },
      { circle: [60, 23, 3] },
      { circle: [49, 48, 2.5] },
      { circle: [50, 64, 2.5] },
    ],
  },
}

/** One of each type's details, as a frozen Record. */
export function detailsByType<T>(pick: (details: TypeDetails) => T): Readonly<Record<MassageType, T>> {
  return Object.freeze(
    Object.fromEntries(Object.entries(TYPE_DETAILS).map(([type, details]) => [type, pick(details)])),
  ) as Record<MassageType, T>
}

/** What the guide says of each type (section 2 of the guide). */
export const MASSAGE_PROFILES: Readonly<Record<MassageType, MassageProfile>> = /* @__PURE__ */ detailsByType(
  ({ tagline, bestFor, expect }) => ({ tagline, bestFor, expect }),
)
