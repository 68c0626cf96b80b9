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
      'Long, gliding strokes that improve circulation and reduce muscle tension.',
      'Great for back pain that stress makes worse.',
    ],
  },
  'deep-tissue': {
    tagline: 'Firm and intense',
    bestFor: 'Chronic lower back pain, or pain from muscle knots',
    expect: [
      'Slow, strong strokes that work on the deeper layers of muscle.',
      'Helps break up scar tissue and reduce stiffness.',
    ],
  },
  'trigger-point': {
    tagline: 'Targeted relief',
    bestFor: 'Muscle knots (trigger points) that cause sharp pain',
    expect: [
      'The therapist presses on one spot at a time to release the tight muscle.',
      'Can help pain that travels from the lower back, such as sciatica.',
    ],
  },
  'myofascial-release': {
    tagline: 'Releases tension in connective tissue',
    bestFor: 'Tightness and stiffness in the lower back muscles',
    expect: [
      'Slow, steady stretching of the fascia, the connective tissue around the muscles.',
      'Increases flexibility and range of motion.',
    ],
  },
  reflexology: {
    tagline: 'Foot massage for back pain',
    bestFor: 'An alternative therapy for overall pain relief',
    expect: [
      'Pressure on points in the feet that are said to correspond to the lower back.',
      'A good option if you would rather not have your back massaged directly.',
    ],
  },
})
