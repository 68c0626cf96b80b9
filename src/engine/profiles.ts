import type { MassageType } from './types'

// Kept apart from catalog.ts, which the first screens need: these texts load only with the result.
export interface MassageProfile {
  /** The guide's short tag, e.g. "Gentle & Relaxing". */
  tagline: string
  /** The guide's "Best for" line. */
  bestFor: string
  /** What to expect, in the guide's words. */
  expect: string[]
}

/** What the guide says of each type (section 2 of the guide). */
export const MASSAGE_PROFILES: Readonly<Record<MassageType, MassageProfile>> = /* @__PURE__ */ Object.freeze({
  swedish: {
    tagline: 'Gentle and relaxing',
    bestFor: 'Mild to moderate lower back pain and general relaxation',
    expect: [
      'Long, gliding strokes meant to relax tense muscles.',
      'Often chosen when stress makes back pain worse.',
    ],
  },
  'deep-tissue': {
    tagline: 'Firm and intense',
    bestFor: 'Pain from muscle knots; the guide also names it for long-standing pain',
    expect: [
      'Slow, strong strokes that work on the deeper layers of muscle.',
      'Aims to ease tight muscles and stiffness. It can feel sore for a day or two afterwards.',
    ],
  },
  'trigger-point': {
    tagline: 'Targeted relief',
    bestFor: 'Muscle knots (trigger points) that cause sharp pain',
    expect: [
      'The therapist presses on one spot at a time, aiming to ease the tight muscle.',
      'The guide says it can help pain that travels from the lower back, such as sciatica.',
    ],
  },
  'myofascial-release': {
    tagline: 'Releases tension in connective tissue',
    bestFor: 'Tightness and stiffness in the lower back muscles',
    expect: [
      'Slow, steady stretching of the fascia, the connective tissue around the muscles.',
      'Aims to ease tightness and help you move more freely.',
    ],
  },
  reflexology: {
    tagline: 'Foot massage for back pain',
    bestFor: 'An alternative for overall pain relief, if you would rather not have your back touched',
    expect: [
      'Pressure on points in the feet that are said to correspond to the lower back.',
      'Many people find it relaxing. There is less research on it for back pain than on the other types.',
    ],
  },
})
