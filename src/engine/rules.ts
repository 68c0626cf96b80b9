import { ON_BACK_TYPES } from './catalog'
import type { MassageType, QuizAnswers } from './types'

export interface Rule {
  /** Kebab-case, unique, stable: tests and reasons refer to it. */
  id: string
  when: (answers: QuizAnswers) => boolean
  /** Points added to (or taken from) each type's score. */
  effect: Partial<Record<MassageType, number>>
  /** Plain words that name the answer the rule comes from. */
  reason: string
}

// Large enough that no other answer lifts a back massage above zero for someone who would rather not be touched there.
const BACK_TYPES: Partial<Record<MassageType, number>> = /* @__PURE__ */ Object.fromEntries(
  /* @__PURE__ */ ON_BACK_TYPES.map((type) => [type, -6]),
)

/**
 * The rules, one per line of thought. Each carries one of the guide's "Best for" lines
 * (section 2) or respects the person's pressure preference. Order here is the order
 * reasons are listed in. Grouped by the one answer each reads: a question asked for
 * nothing fails to compile here.
 */
export const RULES_BY_ANSWER = {
  // Pressure first: a preference the person stated outranks what the pain suggests.
  pressure: [
    {
      id: 'no-back-suits-reflexology',
      when: (a) => a.pressure === 'no-back',
      effect: { reflexology: 10 },
      reason:
        'You would rather not have your back touched: reflexology works on the feet, and the guide calls it a good option for people who do not want direct back massage.',
    },
    {
      id: 'no-back-rules-down-back-work',
      when: (a) => a.pressure === 'no-back',
      effect: BACK_TYPES,
      reason: 'You would rather not have your back touched: this massage works directly on the back.',
    },
    {
      id: 'light-pressure-suits-swedish',
      when: (a) => a.pressure === 'light',
      effect: { swedish: 2, 'myofascial-release': 1 },
      reason: 'You like light pressure: this massage can be done gently, without strong force.',
    },
    {
      id: 'light-pressure-avoids-deep-work',
      when: (a) => a.pressure === 'light',
      effect: { 'deep-tissue': -5, 'trigger-point': -3 },
      reason: 'You like light pressure: this massage uses strong or focused pressure, so it is ranked lower.',
    },
    {
      id: 'medium-pressure-suits-focused-work',
      when: (a) => a.pressure === 'medium',
      effect: { 'myofascial-release': 1, 'trigger-point': 1, swedish: 1 },
      reason: 'You like medium pressure: this massage works well at a moderate, steady pressure.',
    },
    {
      id: 'firm-pressure-suits-deep-tissue',
      when: (a) => a.pressure === 'firm',
      effect: { 'deep-tissue': 2, 'trigger-point': 1 },
      reason: 'You like firm pressure: this massage uses slow, strong or focused pressure.',
    },
  ],
  // Severity (numeric rating scale: 1-3 mild, 4-6 moderate, 7-10 severe).
  severity: [
    {
      id: 'no-pain-suits-relaxation',
      when: (a) => a.severity === 0,
      effect: { swedish: 1 },
      reason: 'You rated your pain 0 out of 10: the guide suggests Swedish massage for general relaxation.',
    },
    {
      id: 'mild-moderate-pain-suits-swedish',
      when: (a) => a.severity >= 1 && a.severity <= 6,
      effect: { swedish: 2 },
      reason:
        'You rated your pain from 1 to 6 out of 10 (mild to moderate): the guide names Swedish massage as best for mild to moderate lower back pain.',
    },
    // Large enough that firm or focused work never comes first while pain is severe, whatever else is answered.
    {
      id: 'severe-pain-avoids-strong-pressure',
      when: (a) => a.severity >= 7,
      effect: { 'deep-tissue': -7, 'trigger-point': -6 },
      reason:
        'You rated your pain 7 or more out of 10 (severe): strong or focused pressure can be too much right now, so this is ranked lower.',
    },
    {
      id: 'severe-pain-suits-reflexology',
      when: (a) => a.severity >= 7,
      effect: { reflexology: 2, 'myofascial-release': 1 },
      reason:
        'You rated your pain 7 or more out of 10 (severe): this gentler work eases overall pain without strong pressure on the sore area.',
    },
  ],
  // Duration.
  duration: [
    {
      id: 'recent-pain-suits-gentle-work',
      when: (a) => a.duration === 'acute',
      effect: { swedish: 1 },
      reason:
        'Your pain started less than 6 weeks ago: gentle strokes that ease muscle tension are a safe start.',
    },
    {
      id: 'chronic-pain-suits-deep-tissue',
      when: (a) => a.duration === 'chronic',
      effect: { 'deep-tissue': 2 },
      reason:
        'Your pain has lasted more than 12 weeks: the guide names deep tissue massage as best for chronic lower back pain.',
    },
    {
      id: 'lasting-pain-suits-myofascial',
      when: (a) => a.duration !== 'acute',
      effect: { 'myofascial-release': 1 },
      reason:
        'Your pain has lasted 6 weeks or more: long-standing pain often comes with tight connective tissue, which myofascial release loosens.',
    },
  ],
  // Where the pain travels.
  radiation: [
    {
      id: 'radiating-pain-suits-trigger-point',
      when: (a) => a.radiation !== 'none',
      effect: { 'trigger-point': 2 },
      reason:
        'Your pain travels into your buttock or leg: the guide says trigger point therapy is effective for sciatica and pain radiating from the lower back.',
    },
    {
      id: 'below-knee-pain-avoids-deep-pressure',
      when: (a) => a.radiation === 'below-knee',
      effect: { 'deep-tissue': -1 },
      reason:
        'Your pain travels below the knee: strong, broad pressure over an irritated nerve can flare it, so this is ranked lower.',
    },
  ],
  // Knots.
  knots: [
    {
      id: 'achy-knots-suit-deep-tissue',
      when: (a) => a.knots === 'achy',
      effect: { 'deep-tissue': 2 },
      reason:
        'You have tight, achy knots: the guide names deep tissue massage as best for pain from muscle knots.',
    },
    {
      id: 'achy-knots-suit-trigger-point',
      when: (a) => a.knots === 'achy',
      effect: { 'trigger-point': 1 },
      reason:
        'You have tight, achy knots: trigger point therapy releases knots with focused pressure on each one.',
    },
    {
      id: 'sharp-knots-suit-trigger-point',
      when: (a) => a.knots === 'sharp',
      effect: { 'trigger-point': 3 },
      reason:
        'You have spots that hurt sharply when pressed: the guide names trigger point therapy as best for knots (trigger points) that cause sharp pain.',
    },
  ],
  // Stiffness.
  stiffness: [
    {
      id: 'stiffness-suits-myofascial',
      when: (a) => a.stiffness,
      effect: { 'myofascial-release': 3 },
      reason:
        'Your back feels tight or stiff: the guide names myofascial release as best for tightness and stiffness, to increase flexibility and range of motion.',
    },
    {
      id: 'stiffness-suits-deep-tissue',
      when: (a) => a.stiffness,
      effect: { 'deep-tissue': 1 },
      reason: 'Your back feels tight or stiff: the guide says deep tissue massage helps reduce stiffness.',
    },
  ],
  // Stress.
  stress: [
    {
      id: 'stress-suits-swedish',
      when: (a) => a.stress,
      effect: { swedish: 2 },
      reason:
        'Stress or tension makes your pain worse: the guide calls Swedish massage great for stress-related back pain.',
    },
    {
      id: 'stress-suits-reflexology',
      when: (a) => a.stress,
      effect: { reflexology: 1 },
      reason: 'Stress or tension makes your pain worse: a calm, gentle treatment can help you relax.',
    },
  ],
} satisfies Record<keyof QuizAnswers, readonly Rule[]>

export const RULES: readonly Rule[] = Object.values(RULES_BY_ANSWER).flat()

/**
 * The rule that carries the guide's reason to choose each type ("Best for", section 2). Every
 * type needs one, or no answers make it the top pick: the Record makes tsc ask for it when a
 * type is added to the catalog.
 */
export const BEST_FOR_RULES: Readonly<Record<MassageType, string>> = {
  swedish: 'mild-moderate-pain-suits-swedish',
  'deep-tissue': 'chronic-pain-suits-deep-tissue',
  'trigger-point': 'sharp-knots-suit-trigger-point',
  'myofascial-release': 'stiffness-suits-myofascial',
  reflexology: 'no-back-suits-reflexology',
}
