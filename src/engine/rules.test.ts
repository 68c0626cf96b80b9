import { expect, test } from 'vitest'
import {
  ANSWER_FIELDS,
  BEST_FOR_RULES,
  MASSAGE_TYPES,
  RULES,
  allowedValues,
  recommend,
  type MassageType,
  type QuizAnswers,
  type RankedType,
} from './index'
import { RULES_BY_ANSWER } from './rules'
import { allAnswerSets, answerSet, sample } from '../test/answer-sets'

const base = answerSet({
  severity: 4,
  duration: 'acute',
  radiation: 'none',
  pressure: 'medium',
  knots: 'none',
  stiffness: false,
  stress: false,
})

interface Persona {
  name: string
  answers: Partial<QuizAnswers>
  top: MassageType
  /** Words from the top pick's reasons that explain the choice. */
  reason: string
  /** Every rule that fires for these answers, and no other. */
  fires: string[]
}

/** A rule fired when its reason shows up on every type it gives points to (reasons) or takes them from (against). */
function firedRules(ranked: RankedType[]): string[] {
  return RULES.filter((rule) =>
    Object.entries(rule.effect).every(([type, points]) => {
      const entry = ranked.find((r) => r.type === type)
      return (points > 0 ? entry?.reasons : entry?.against)?.includes(rule.reason)
    }),
  ).map((rule) => rule.id)
}

// One persona (or more) per "Best for" line of the guide, then people who bring in the remaining rules.
const personas: Persona[] = [
  {
    name: 'Swedish for mild to moderate pain: 3 out of 10, recent, medium pressure',
    answers: { severity: 3 },
    top: 'swedish',
    reason: 'best for mild to moderate lower back pain',
    fires: [
      'medium-pressure-suits-focused-work',
      'mild-moderate-pain-suits-swedish',
      'recent-pain-suits-gentle-work',
    ],
  },
  {
    name: 'Swedish for general relaxation: no pain, light pressure',
    answers: { severity: 0, pressure: 'light' },
    top: 'swedish',
    reason: 'general relaxation',
    fires: [
      'light-pressure-suits-swedish',
      'light-pressure-avoids-deep-work',
      'no-pain-suits-relaxation',
      'recent-pain-suits-gentle-work',
    ],
  },
  {
    name: 'Swedish for stress-induced pain: stress makes it worse',
    answers: { severity: 5, duration: 'subacute', stress: true },
    top: 'swedish',
    reason: 'great for stress-related back pain',
    fires: [
      'medium-pressure-suits-focused-work',
      'mild-moderate-pain-suits-swedish',
      'lasting-pain-suits-myofascial',
      'stress-suits-swedish',
      'stress-suits-reflexology',
    ],
  },
  {
    name: 'deep tissue for chronic pain: more than 12 weeks, firm pressure',
    answers: { severity: 5, duration: 'chronic', pressure: 'firm' },
    top: 'deep-tissue',
    reason: 'best for chronic lower back pain',
    fires: [
      'firm-pressure-suits-deep-tissue',
      'mild-moderate-pain-suits-swedish',
      'chronic-pain-suits-deep-tissue',
      'lasting-pain-suits-myofascial',
    ],
  },
  {
    name: 'deep tissue for pain from muscle knots: achy knots, firm pressure',
    answers: { severity: 5, duration: 'subacute', pressure: 'firm', knots: 'achy' },
    top: 'deep-tissue',
    reason: 'best for pain from muscle knots',
    fires: [
      'firm-pressure-suits-deep-tissue',
      'mild-moderate-pain-suits-swedish',
      'lasting-pain-suits-myofascial',
      'achy-knots-suit-deep-tissue',
      'achy-knots-suit-trigger-point',
    ],
  },
  {
    name: 'trigger point for knots that cause sharp pain: firm pressure',
    answers: { severity: 5, pressure: 'firm', knots: 'sharp' },
    top: 'trigger-point',
    reason: 'knots (trigger points) that cause sharp pain',
    fires: [
      'firm-pressure-suits-deep-tissue',
      'mild-moderate-pain-suits-swedish',
      'recent-pain-suits-gentle-work',
      'sharp-knots-suit-trigger-point',
    ],
  },
  {
    name: 'trigger point for knots that cause sharp pain: medium pressure',
    answers: { severity: 5, duration: 'subacute', knots: 'sharp' },
    top: 'trigger-point',
    reason: 'knots (trigger points) that cause sharp pain',
    fires: [
      'medium-pressure-suits-focused-work',
      'mild-moderate-pain-suits-swedish',
      'lasting-pain-suits-myofascial',
      'sharp-knots-suit-trigger-point',
    ],
  },
  {
    name: 'trigger point for sciatica: pain into the buttock and thigh, firm pressure',
    answers: { severity: 5, duration: 'subacute', radiation: 'buttock-thigh', pressure: 'firm' },
    top: 'trigger-point',
    reason: 'effective for sciatica and pain radiating from the lower back',
    fires: [
      'firm-pressure-suits-deep-tissue',
      'mild-moderate-pain-suits-swedish',
      'lasting-pain-suits-myofascial',
      'radiating-pain-suits-trigger-point',
    ],
  },
  {
    name: 'trigger point for moderate pain running below the knee, firm pressure',
    answers: { severity: 5, duration: 'subacute', radiation: 'below-knee', pressure: 'firm' },
    top: 'trigger-point',
    reason: 'effective for sciatica and pain radiating from the lower back',
    fires: [
      'firm-pressure-suits-deep-tissue',
      'mild-moderate-pain-suits-swedish',
      'lasting-pain-suits-myofascial',
      'radiating-pain-suits-trigger-point',
      'below-knee-pain-avoids-deep-pressure',
    ],
  },
  {
    name: 'reflexology, not firm work, for severe pain running below the knee, even with firm pressure liked',
    answers: { severity: 8, radiation: 'below-knee', pressure: 'firm' },
    top: 'reflexology',
    reason: 'eases overall pain without strong pressure',
    fires: [
      'firm-pressure-suits-deep-tissue',
      'severe-pain-avoids-strong-pressure',
      'severe-pain-suits-reflexology',
      'recent-pain-suits-gentle-work',
      'radiating-pain-suits-trigger-point',
      'below-knee-pain-avoids-deep-pressure',
    ],
  },
  {
    name: 'myofascial release for tightness and stiffness',
    answers: { severity: 5, duration: 'subacute', stiffness: true },
    top: 'myofascial-release',
    reason: 'best for tightness and stiffness',
    fires: [
      'medium-pressure-suits-focused-work',
      'mild-moderate-pain-suits-swedish',
      'lasting-pain-suits-myofascial',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
    ],
  },
  {
    name: 'myofascial release for light pressure with long-standing stiffness and achy knots',
    answers: { severity: 5, duration: 'chronic', pressure: 'light', knots: 'achy', stiffness: true },
    top: 'myofascial-release',
    reason: 'increase flexibility and range of motion',
    fires: [
      'light-pressure-suits-swedish',
      'light-pressure-avoids-deep-work',
      'mild-moderate-pain-suits-swedish',
      'chronic-pain-suits-deep-tissue',
      'lasting-pain-suits-myofascial',
      'achy-knots-suit-deep-tissue',
      'achy-knots-suit-trigger-point',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
    ],
  },
  {
    name: 'myofascial release for severe, stiff, stressful long-standing pain',
    answers: { severity: 9, duration: 'chronic', stiffness: true, stress: true },
    top: 'myofascial-release',
    reason: 'best for tightness and stiffness',
    fires: [
      'medium-pressure-suits-focused-work',
      'severe-pain-avoids-strong-pressure',
      'severe-pain-suits-reflexology',
      'chronic-pain-suits-deep-tissue',
      'lasting-pain-suits-myofascial',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
      'stress-suits-swedish',
      'stress-suits-reflexology',
    ],
  },
  {
    name: 'Swedish for severe pain with light pressure and stress',
    answers: { severity: 8, duration: 'subacute', pressure: 'light', stress: true },
    top: 'swedish',
    reason: 'You like light pressure',
    fires: [
      'light-pressure-suits-swedish',
      'light-pressure-avoids-deep-work',
      'severe-pain-avoids-strong-pressure',
      'severe-pain-suits-reflexology',
      'lasting-pain-suits-myofascial',
      'stress-suits-swedish',
      'stress-suits-reflexology',
    ],
  },
  {
    name: 'reflexology for someone who does not want direct back massage',
    answers: { severity: 5, pressure: 'no-back' },
    top: 'reflexology',
    reason: 'do not want direct back massage',
    fires: [
      'no-back-suits-reflexology',
      'no-back-rules-down-back-work',
      'mild-moderate-pain-suits-swedish',
      'recent-pain-suits-gentle-work',
    ],
  },
  {
    name: 'reflexology for no back massage, even with every reason for back work',
    answers: {
      severity: 5,
      duration: 'chronic',
      radiation: 'buttock-thigh',
      pressure: 'no-back',
      knots: 'sharp',
      stiffness: true,
      stress: true,
    },
    top: 'reflexology',
    reason: 'reflexology works on the feet',
    fires: [
      'no-back-suits-reflexology',
      'no-back-rules-down-back-work',
      'mild-moderate-pain-suits-swedish',
      'chronic-pain-suits-deep-tissue',
      'lasting-pain-suits-myofascial',
      'radiating-pain-suits-trigger-point',
      'sharp-knots-suit-trigger-point',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
      'stress-suits-swedish',
      'stress-suits-reflexology',
    ],
  },
]

test.each(personas)('$name', ({ answers, top, reason, fires }) => {
  const { ranked } = recommend({ ...base, ...answers })
  expect(ranked[0]?.type).toBe(top)
  expect(ranked[0]?.reasons.some((r) => r.includes(reason))).toBe(true)
  expect(firedRules(ranked)).toEqual(RULES.map((r) => r.id).filter((id) => fires.includes(id)))
  expect(fires.every((id) => RULES.some((r) => r.id === id))).toBe(true)
})

test.each(RULES.map((rule) => ({ id: rule.id })))('rule $id fires in at least one persona', ({ id }) => {
  expect(personas.some((p) => p.fires.includes(id))).toBe(true)
})

test('every persona expects the rules that really fire for it, checked against each rule on its own', () => {
  for (const persona of personas) {
    const answers = { ...base, ...persona.answers }
    expect(RULES.filter((r) => r.when(answers)).map((r) => r.id)).toEqual(
      RULES.map((r) => r.id).filter((id) => persona.fires.includes(id)),
    )
  }
})

test('rule ids are unique and kebab-case', () => {
  const ids = RULES.map((r) => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/)
})

test('rule reasons are unique, so each reason points back to one rule', () => {
  const reasons = RULES.map((r) => r.reason)
  expect(new Set(reasons).size).toBe(reasons.length)
})

test('every rule moves at least one known type by a non-zero whole number of points', () => {
  for (const rule of RULES) {
    const entries = Object.entries(rule.effect)
    expect(entries.length, rule.id).toBeGreaterThan(0)
    for (const [type, points] of entries) {
      expect(MASSAGE_TYPES, rule.id).toContain(type)
      expect(Number.isInteger(points) && points !== 0, rule.id).toBe(true)
    }
  }
})

test('every reason is one or more full sentences in plain words', () => {
  for (const rule of RULES) expect(rule.reason, rule.id).toMatch(/^[A-Z][^<>{}]+\.$/)
})

test('no-back rules lower every type that works on the back and raise reflexology', () => {
  const noBack = RULES.filter((r) => r.id.startsWith('no-back'))
  const total = (type: MassageType) => noBack.reduce((sum, r) => sum + (r.effect[type] ?? 0), 0)
  expect(total('reflexology')).toBeGreaterThan(0)
  for (const type of ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release'] as const) {
    expect(total(type)).toBeLessThan(0)
  }
})

test.each(Object.entries(BEST_FOR_RULES))("%s has a rule for the guide's reason to choose it", (type, id) => {
  const rule = RULES.find((r) => r.id === id)
  expect(rule?.effect[type as MassageType]).toBeGreaterThan(0)
})

test('each rule reads only the answer it is grouped under', () => {
  const wrong = new Set<string>()
  for (const answers of sample(allAnswerSets())) {
    for (const [answer, rules] of Object.entries(RULES_BY_ANSWER)) {
      for (const rule of rules) {
        const fires = rule.when(answers)
        for (const other of ANSWER_FIELDS.filter((f) => f !== answer)) {
          for (const value of allowedValues(other)) {
            if (rule.when({ ...answers, [other]: value }) !== fires) wrong.add(`${rule.id} reads ${other}`)
          }
        }
      }
    }
  }
  expect([...wrong]).toEqual([])
}, 30_000)
