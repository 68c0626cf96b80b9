import { DEEP_PRESSURE_TYPES, MASSAGE_TYPES, ON_BACK_TYPES } from './catalog'
import { GIVEN, on } from './given-answers'
import { TYPE_DETAILS, detailsByType } from './type-details'
import type { MassageType, QuizAnswers, RuleKind } from './types'

export type { RuleKind }

/** What a rule does to one type: points, and words that are true of that type. */
export interface RuleEffect {
  points: number
  /** The end of the reason, after the answer's words: names the type and says why it fits (or not). */
  why: string
}

export interface Rule {
  /** Kebab-case, unique, stable: tests refer to it. */
  id: string
  kind: RuleKind
  when: (answers: QuizAnswers) => boolean
  /**
   * The answer the rule reads, in the person's terms ("You like firm pressure"): every reason starts
   * with it. `{severity}` (any answer field in braces) is the person's own answer (ruleReason fills it).
   */
  answer: string
  /** Each type the rule moves, with its own points and its own true words. */
  effect: Partial<Record<MassageType, RuleEffect>>
}

/** From 8 out of 10, pain counts as severe: gentle work only, and a word about pain relief. */
export const SEVERE_PAIN = 8

/** A specific "Best for" line outweighs every generic line and a pressure preference together. */
const BEST_FOR = 7

/** Each type's name as it reads mid-sentence, from its details. */
export const PLAIN_NAMES: Readonly<Record<MassageType, string>> = /* @__PURE__ */ detailsByType(
  (d) => d.plainName,
)

/**
 * How each type applies pressure, in words true of it: the pressure rules and the severe-pain
 * rule quote these. rules.test.ts holds them to the catalog (deep pressure, on the back).
 */
export const HOW_IT_PRESSES: Readonly<Record<MassageType, string>> = /* @__PURE__ */ detailsByType(
  (d) => d.howItPresses,
)

/** The same points for each of these types, each with its own words. */
function each(
  types: readonly MassageType[],
  points: number,
  why: (type: MassageType) => string,
): Partial<Record<MassageType, RuleEffect>> {
  return Object.fromEntries(types.map((type) => [type, { points, why: why(type) }]))
}

/** "deep tissue massage uses slow, strong strokes …": the type's name and how it presses. */
const presses = (type: MassageType) => `${PLAIN_NAMES[type]} ${HOW_IT_PRESSES[type]}`

/**
 * The rules beside each type's own (its details carry that one), one per line of thought, grouped
 * by the one answer each reads: a question asked for nothing fails to compile here. The weights
 * follow docs/decisions/0007-rule-weights.md; the numbers that keep a preference or severe pain in
 * force are checked over every answer set in rank-massages.test.ts.
 */
const OTHER_RULES: Readonly<Record<keyof QuizAnswers, readonly Rule[]>> = {
  // Pressure first: a preference the person stated outranks what the pain suggests.
  pressure: [
    {
      // Enough that no other answer lifts a back massage above zero for someone who would rather not be touched there.
      id: 'no-back-rules-down-back-work',
      kind: 'preference',
      ...on(GIVEN.noBack),
      effect: each(
        ON_BACK_TYPES,
        -15,
        (type) => `${PLAIN_NAMES[type]} works directly on the back, so it is ranked lower.`,
      ),
    },
    {
      id: 'light-pressure-suits-gentle-work',
      kind: 'preference',
      ...on(GIVEN.lightPressure),
      effect: {
        swedish: { points: 2, why: `${presses('swedish')}.` },
        'myofascial-release': { points: 1, why: `${presses('myofascial-release')}.` },
      },
    },
    {
      // Enough that firm or focused work never ranks above gentle work, nor above zero, for someone who likes light pressure.
      id: 'light-pressure-avoids-deep-work',
      kind: 'preference',
      ...on(GIVEN.lightPressure),
      effect: each(DEEP_PRESSURE_TYPES, -15, (type) => `${presses(type)}, so it is ranked lower.`),
    },
    {
      id: 'medium-pressure-suits-steady-work',
      kind: 'preference',
      ...on(GIVEN.mediumPressure),
      effect: {
        swedish: { points: 1, why: 'Swedish massage can be done at a medium, steady pressure.' },
        'myofascial-release': {
          points: 1,
          why: 'myofascial release uses a slow, steady pressure that can be kept medium.',
        },
      },
    },
    {
      id: 'firm-pressure-suits-deep-work',
      kind: 'preference',
      ...on(GIVEN.firmPressure),
      effect: {
        'deep-tissue': { points: 3, why: `${presses('deep-tissue')}.` },
        'trigger-point': { points: 2, why: `${presses('trigger-point')}.` },
      },
    },
  ],
  // Severity (numeric rating scale, 0-10).
  severity: [
    {
      id: 'no-pain-suits-relaxation',
      kind: 'support',
      ...on(GIVEN.noPain),
      effect: { swedish: { points: 1, why: 'the guide names Swedish massage for general relaxation.' } },
    },
    {
      id: 'mild-moderate-pain-suits-swedish',
      kind: 'support',
      when: (a) => a.severity >= 1 && a.severity <= 6,
      answer: 'You rated your pain {severity} out of 10 (mild to moderate)',
      effect: {
        swedish: { points: 1, why: 'the guide names Swedish massage for mild to moderate lower back pain.' },
      },
    },
    {
      // Enough that firm or focused work ranks below every gentle type, and below zero, whatever else is answered.
      id: 'severe-pain-avoids-strong-pressure',
      kind: 'severe-pain',
      when: (a) => a.severity >= SEVERE_PAIN,
      answer: 'You rated your pain {severity} out of 10 (severe)',
      effect: each(
        DEEP_PRESSURE_TYPES,
        -20,
        (type) =>
          `${presses(type)}, which can be too much while the pain is this bad, so it is ranked lower.`,
      ),
    },
    {
      id: 'severe-pain-suits-gentle-work',
      kind: 'severe-pain',
      when: (a) => a.severity >= SEVERE_PAIN,
      answer: 'You rated your pain {severity} out of 10 (severe)',
      effect: {
        swedish: {
          points: 2,
          why: `${presses('swedish')}, so it can stay gentle while the pain is this bad.`,
        },
        'myofascial-release': {
          points: 1,
          why: `${presses('myofascial-release')}, so it can stay gentle while the pain is this bad.`,
        },
      },
    },
  ],
  // Duration.
  duration: [
    {
      id: 'recent-pain-suits-gentle-start',
      kind: 'support',
      ...on(GIVEN.recentPain),
      effect: {
        swedish: { points: 1, why: 'Swedish massage uses gentle strokes, an easy place to start.' },
      },
    },
    {
      // The guide's line, weighed as support: a trial in long-standing pain found the types about equal.
      id: 'chronic-pain-suits-deep-tissue',
      kind: 'support',
      ...on(GIVEN.lastingPain),
      effect: {
        'deep-tissue': {
          points: 2,
          why: 'the guide names deep tissue massage for long-standing pain, though studies have not shown it works better than other types.',
        },
      },
    },
  ],
  // Where the pain travels.
  radiation: [
    {
      id: 'radiating-pain-suits-trigger-point',
      kind: 'best-for',
      when: (a) => a.radiation === 'buttock-thigh',
      answer: 'Your pain travels into your buttock or thigh',
      effect: {
        'trigger-point': {
          points: BEST_FOR,
          why: 'the guide says trigger point therapy can help pain that spreads from the lower back, though there is little research on it.',
        },
      },
    },
    // Pain below the knee is more often an irritated nerve, which firm, focused pressure may flare:
    // the guide's line only tips a close call here, with the care a physiotherapist would ask for
    // (clinical review, issue 17), rather than making focused pressure the first pick.
    {
      id: 'below-knee-pain-suits-gentle-trigger-point',
      kind: 'support',
      ...on(GIVEN.belowKnee),
      effect: {
        'trigger-point': {
          points: 1,
          why: 'the guide says trigger point therapy can help, but there is little research on it, and firm pressure may flare an irritated nerve. If you try it, ask the therapist to start gently and to stop if the leg pain gets worse.',
        },
      },
    },
    {
      id: 'below-knee-pain-avoids-deep-pressure',
      kind: 'support',
      ...on(GIVEN.belowKnee),
      effect: {
        'deep-tissue': {
          points: -1,
          why: 'deep tissue massage uses strong, broad pressure, which may flare an irritated nerve, so it is ranked lower.',
        },
      },
    },
  ],
  // Knots.
  knots: [
    {
      id: 'achy-knots-suit-trigger-point',
      kind: 'support',
      ...on(GIVEN.achyKnots),
      effect: { 'trigger-point': { points: 1, why: 'trigger point therapy works on one knot at a time.' } },
    },
  ],
  // Stiffness.
  stiffness: [
    {
      id: 'stiffness-suits-deep-tissue',
      kind: 'support',
      ...on(GIVEN.stiff),
      effect: {
        'deep-tissue': { points: 1, why: 'the guide says deep tissue massage aims to reduce stiffness.' },
      },
    },
  ],
  // Stress.
  stress: [
    {
      id: 'stress-suits-reflexology',
      kind: 'support',
      ...on(GIVEN.stressed),
      effect: {
        reflexology: {
          points: 1,
          why: 'reflexology is a calm foot treatment that many people find relaxing.',
        },
      },
    },
  ],
}

/** A type's own rule, from its details: it fires on one value of one answer and moves only that type. */
function ownRule(type: MassageType): Rule {
  const { id, preference, answer, why } = TYPE_DETAILS[type].own
  return {
    id,
    kind: preference === undefined ? 'best-for' : 'preference',
    ...on(answer),
    effect: { [type]: { points: preference ?? BEST_FOR, why } },
  }
}

function byAnswer(): Readonly<Record<keyof QuizAnswers, readonly Rule[]>> {
  const grouped = { ...OTHER_RULES }
  for (const field of Object.keys(grouped) as (keyof QuizAnswers)[]) {
    const own = MASSAGE_TYPES.filter((type) => TYPE_DETAILS[type].own.answer.field === field)
    grouped[field] = [...own.map(ownRule), ...grouped[field]]
  }
  return grouped
}

/**
 * Every rule, grouped by the one answer each reads, each type's own rule first in its group.
 * Reasons are listed strongest first, in this order on a tie.
 */
export const RULES_BY_ANSWER: Readonly<Record<keyof QuizAnswers, readonly Rule[]>> =
  /* @__PURE__ */ byAnswer()

export const RULES: readonly Rule[] = /* @__PURE__ */ Object.values(RULES_BY_ANSWER).flat()

/** A rule's answer words for these answers: `{field}` becomes the person's own answer. */
export function answerWords(rule: Pick<Rule, 'answer'>, answers: QuizAnswers): string {
  return rule.answer.replace(/\{(\w+)\}/g, (whole, field: string) =>
    field in answers ? String(answers[field as keyof QuizAnswers]) : whole,
  )
}

/** The full reason a rule gives for one type: the answer's words, then the type's own. */
export function ruleReason(rule: Rule, type: MassageType, answers: QuizAnswers): string {
  const effect = rule.effect[type]
  return effect ? `${answerWords(rule, answers)}: ${effect.why}` : ''
}

/**
 * The rule that carries the guide's reason to choose each type ("Best for", section 2): each
 * type's details carry it, so a type cannot be added without one.
 */
export const BEST_FOR_RULES: Readonly<Record<MassageType, string>> = /* @__PURE__ */ detailsByType(
  (d) => d.own.id,
)
