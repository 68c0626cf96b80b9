// @vitest-environment node
import { expect, test } from 'vitest'
import {
  ANSWER_FIELDS,
  BEST_FOR_RULES,
  DEEP_PRESSURE_TYPES,
  MASSAGE_CATALOG,
  MASSAGE_TYPES,
  ON_BACK_TYPES,
  RULES,
  TYPE_DETAILS,
  allowedValues,
  recommend,
  type MassageType,
  type QuizAnswers,
  type RankedType,
} from './index'
import {
  HOW_IT_PRESSES,
  PLAIN_NAMES,
  RULES_BY_ANSWER,
  SEVERE_PAIN,
  answerWords,
  ruleReason,
  type Rule,
} from './rules'
import { allAnswerSets, sample } from '../test/answer-sets'
import { typical as base } from '../test/people'

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
function firedRules(ranked: RankedType[], answers: QuizAnswers): string[] {
  return RULES.filter((rule) =>
    Object.entries(rule.effect).every(([type, effect]) => {
      const entry = ranked.find((r) => r.type === type)
      const reason = ruleReason(rule, type as MassageType, answers)
      return (effect.points > 0 ? entry?.reasons : entry?.against)?.includes(reason)
    }),
  ).map((rule) => rule.id)
}

// One persona (or more) per "Best for" line of the guide, then people who bring in the remaining rules.
const personas: Persona[] = [
  {
    name: 'Swedish for mild to moderate pain: 3 out of 10, recent, medium pressure',
    answers: { severity: 3 },
    top: 'swedish',
    reason: 'Swedish massage for mild to moderate lower back pain',
    fires: [
      'medium-pressure-suits-steady-work',
      'mild-moderate-pain-suits-swedish',
      'recent-pain-suits-gentle-start',
    ],
  },
  {
    name: 'Swedish for general relaxation: no pain, light pressure',
    answers: { severity: 0, pressure: 'light' },
    top: 'swedish',
    reason: 'general relaxation',
    fires: [
      'light-pressure-suits-gentle-work',
      'light-pressure-avoids-deep-work',
      'no-pain-suits-relaxation',
      'recent-pain-suits-gentle-start',
    ],
  },
  {
    name: 'Swedish for stress-induced pain: stress makes it worse',
    answers: { severity: 5, duration: 'subacute', stress: true },
    top: 'swedish',
    reason: 'names Swedish massage for back pain that stress makes worse',
    fires: [
      'medium-pressure-suits-steady-work',
      'mild-moderate-pain-suits-swedish',
      'stress-suits-swedish',
      'stress-suits-reflexology',
    ],
  },
  {
    name: 'deep tissue for long-standing pain with firm pressure liked, said with the evidence beside it',
    answers: { severity: 5, duration: 'chronic', pressure: 'firm' },
    top: 'deep-tissue',
    reason: 'studies have not shown it works better than other types',
    fires: [
      'firm-pressure-suits-deep-work',
      'mild-moderate-pain-suits-swedish',
      'chronic-pain-suits-deep-tissue',
    ],
  },
  {
    name: 'deep tissue for pain from muscle knots: achy knots, firm pressure',
    answers: { severity: 5, duration: 'subacute', pressure: 'firm', knots: 'achy' },
    top: 'deep-tissue',
    reason: 'deep tissue massage for pain from muscle knots',
    fires: [
      'firm-pressure-suits-deep-work',
      'mild-moderate-pain-suits-swedish',
      'achy-knots-suit-deep-tissue',
      'achy-knots-suit-trigger-point',
    ],
  },
  {
    name: 'trigger point, not Swedish on a tie, for a 6/10 runner with spots that hurt sharply when pressed',
    answers: { severity: 6, knots: 'sharp' },
    top: 'trigger-point',
    reason: 'knots (trigger points) that cause sharp pain',
    fires: [
      'medium-pressure-suits-steady-work',
      'mild-moderate-pain-suits-swedish',
      'recent-pain-suits-gentle-start',
      'sharp-knots-suit-trigger-point',
    ],
  },
  {
    name: 'trigger point for sciatica: pain into the buttock and thigh, firm pressure',
    answers: { severity: 5, duration: 'subacute', radiation: 'buttock-thigh', pressure: 'firm' },
    top: 'trigger-point',
    reason: 'can help pain that spreads from the lower back, though there is little research on it',
    fires: [
      'firm-pressure-suits-deep-work',
      'mild-moderate-pain-suits-swedish',
      'radiating-pain-suits-trigger-point',
    ],
  },
  {
    name: 'trigger point, started gently, for 7/10 pain running below the knee, firm pressure liked (severe starts at 8)',
    answers: { severity: 7, duration: 'subacute', radiation: 'below-knee', pressure: 'firm' },
    top: 'trigger-point',
    reason: 'ask the therapist to start gently and to stop if the leg pain gets worse',
    fires: [
      'firm-pressure-suits-deep-work',
      'below-knee-pain-suits-gentle-trigger-point',
      'below-knee-pain-avoids-deep-pressure',
    ],
  },
  {
    name: 'gentle Swedish on the back, not foot reflexology, for 8/10 sciatica with firm pressure liked',
    answers: { severity: 8, radiation: 'below-knee', pressure: 'firm' },
    top: 'swedish',
    reason: 'so it can stay gentle while the pain is this bad',
    fires: [
      'firm-pressure-suits-deep-work',
      'severe-pain-avoids-strong-pressure',
      'severe-pain-suits-gentle-work',
      'recent-pain-suits-gentle-start',
      'below-knee-pain-suits-gentle-trigger-point',
      'below-knee-pain-avoids-deep-pressure',
    ],
  },
  {
    name: 'myofascial release for tightness and stiffness',
    answers: { severity: 5, duration: 'subacute', stiffness: true },
    top: 'myofascial-release',
    reason: 'myofascial release for tightness and stiffness',
    fires: [
      'medium-pressure-suits-steady-work',
      'mild-moderate-pain-suits-swedish',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
    ],
  },
  {
    name: 'myofascial release for light pressure with long-standing stiffness and achy knots',
    answers: { severity: 5, duration: 'chronic', pressure: 'light', knots: 'achy', stiffness: true },
    top: 'myofascial-release',
    reason: 'help you move more freely',
    fires: [
      'light-pressure-suits-gentle-work',
      'light-pressure-avoids-deep-work',
      'mild-moderate-pain-suits-swedish',
      'chronic-pain-suits-deep-tissue',
      'achy-knots-suit-deep-tissue',
      'achy-knots-suit-trigger-point',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
    ],
  },
  {
    name: 'myofascial release for severe, stiff, long-standing pain',
    answers: { severity: 9, duration: 'chronic', stiffness: true },
    top: 'myofascial-release',
    reason: 'tightness and stiffness',
    fires: [
      'medium-pressure-suits-steady-work',
      'severe-pain-avoids-strong-pressure',
      'severe-pain-suits-gentle-work',
      'chronic-pain-suits-deep-tissue',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
    ],
  },
  {
    name: 'myofascial release over deep tissue for 7/10 stiffness, even with firm pressure and long-standing pain',
    answers: { severity: 7, duration: 'chronic', pressure: 'firm', stiffness: true },
    top: 'myofascial-release',
    reason: 'tightness and stiffness',
    fires: [
      'firm-pressure-suits-deep-work',
      'chronic-pain-suits-deep-tissue',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
    ],
  },
  {
    name: 'Swedish for severe pain with light pressure and stress',
    answers: { severity: 8, duration: 'subacute', pressure: 'light', stress: true },
    top: 'swedish',
    reason: 'You like light pressure',
    fires: [
      'light-pressure-suits-gentle-work',
      'light-pressure-avoids-deep-work',
      'severe-pain-avoids-strong-pressure',
      'severe-pain-suits-gentle-work',
      'stress-suits-swedish',
      'stress-suits-reflexology',
    ],
  },
  {
    name: 'reflexology for someone who does not want direct back massage',
    answers: { severity: 5, pressure: 'no-back' },
    top: 'reflexology',
    reason: 'do not want their back massaged',
    fires: [
      'no-back-suits-reflexology',
      'no-back-rules-down-back-work',
      'mild-moderate-pain-suits-swedish',
      'recent-pain-suits-gentle-start',
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
      'radiating-pain-suits-trigger-point',
      'sharp-knots-suit-trigger-point',
      'stiffness-suits-myofascial',
      'stiffness-suits-deep-tissue',
      'stress-suits-swedish',
      'stress-suits-reflexology',
    ],
  },
]

/** The ids of the types' own rules whose answer has the value the type's details name. */
function ownRulesFor(answers: QuizAnswers): string[] {
  return Object.values(TYPE_DETAILS)
    .filter(({ own }) => answers[own.answer.field] === own.answer.is)
    .map(({ own }) => own.id)
}

/**
 * The rules a persona expects, in table order: those it lists, and each type's own rule whose
 * answer it gives (so a type added later needs no change here; its rule is tested below).
 */
function expectedRules({ answers, fires }: Persona): string[] {
  const expected = new Set([...fires, ...ownRulesFor({ ...base, ...answers })])
  return RULES.map((r) => r.id).filter((id) => expected.has(id))
}

test.each(personas)('$name', (persona) => {
  const { answers, top, reason, fires } = persona
  const { ranked } = recommend({ ...base, ...answers })
  expect(ranked[0]?.type).toBe(top)
  expect(ranked[0]?.reasons.some((r) => r.includes(reason))).toBe(true)
  expect(firedRules(ranked, { ...base, ...answers })).toEqual(expectedRules(persona))
  expect(fires.every((id) => RULES.some((r) => r.id === id))).toBe(true)
})

const ownIds = new Set(Object.values(BEST_FOR_RULES))

test.each(RULES.filter((rule) => !ownIds.has(rule.id)).map((rule) => ({ id: rule.id })))(
  'rule $id fires in at least one persona',
  ({ id }) => {
    expect(personas.some((p) => p.fires.includes(id))).toBe(true)
  },
)

test('every persona expects the rules that really fire for it, checked against each rule on its own', () => {
  for (const persona of personas) {
    const answers = { ...base, ...persona.answers }
    expect(RULES.filter((r) => r.when(answers)).map((r) => r.id)).toEqual(expectedRules(persona))
  }
})

test('rule ids are unique and kebab-case', () => {
  const ids = RULES.map((r) => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/)
})

/** The first answer set a rule fires for: its reasons are worded for the answers they come from. */
const firingFor = (rule: Rule) => allAnswerSets().find((answers) => rule.when(answers))!

/** Every (rule, type) pair with its points and full reason. */
const EFFECTS = RULES.flatMap((rule) =>
  (Object.keys(rule.effect) as MassageType[]).map((type) => ({
    rule,
    type,
    points: rule.effect[type]!.points,
    why: rule.effect[type]!.why,
    reason: ruleReason(rule, type, firingFor(rule)),
    answers: firingFor(rule),
  })),
)

const entryOf = (type: MassageType) => MASSAGE_CATALOG.find((e) => e.type === type)!

test('rule reasons are unique, so each reason points back to one rule and one type', () => {
  const reasons = EFFECTS.map((e) => e.reason)
  expect(new Set(reasons).size).toBe(reasons.length)
})

test('every rule moves at least one known type by a non-zero whole number of points', () => {
  for (const rule of RULES) {
    const entries = Object.entries(rule.effect)
    expect(entries.length, rule.id).toBeGreaterThan(0)
    for (const [type, { points }] of entries) {
      expect(MASSAGE_TYPES, rule.id).toContain(type)
      expect(Number.isInteger(points) && points !== 0, rule.id).toBe(true)
    }
  }
})

test('every reason is one or more full sentences in plain words: the answer, then words about the type', () => {
  for (const { rule, reason, why, answers } of EFFECTS) {
    expect(reason, rule.id).toMatch(/^[A-Z][^<>{}]+\.$/)
    expect(reason.startsWith(`${answerWords(rule, answers)}: `), rule.id).toBe(true)
    expect(why, rule.id).not.toMatch(/^\s|this massage/i)
  }
})

test('a rule gives no reason for a type it does not move', () => {
  for (const rule of RULES) {
    for (const type of MASSAGE_TYPES.filter((t) => !(t in rule.effect))) {
      expect(ruleReason(rule, type, firingFor(rule)), `${rule.id} for ${type}`).toBe('')
    }
  }
})

test.each(EFFECTS.map((e) => ({ id: e.rule.id, type: e.type, why: e.why })))(
  '$id names $type, and only $type, in its words for it',
  ({ type, why }) => {
    expect(why.toLowerCase()).toContain(PLAIN_NAMES[type].toLowerCase())
    for (const other of MASSAGE_TYPES.filter((t) => t !== type)) {
      expect(why.toLowerCase()).not.toContain(PLAIN_NAMES[other].toLowerCase())
    }
  },
)

test('a reason for a firm or focused type never calls it gentle or light, or says it spares the sore area', () => {
  const wrong = EFFECTS.filter(
    (e) =>
      entryOf(e.type).deepPressure && e.points > 0 && /gentle|light|soft|without strong|calm/i.test(e.why),
  )
  expect(wrong.map((e) => `${e.rule.id} for ${e.type}`)).toEqual([])
})

test('a reason that raises a gentle type never says it presses firmly or strongly', () => {
  const wrong = EFFECTS.filter(
    (e) =>
      !entryOf(e.type).deepPressure && e.points > 0 && /\b(firm|firmly|strong|deep pressure)\b/i.test(e.why),
  )
  expect(wrong.map((e) => `${e.rule.id} for ${e.type}`)).toEqual([])
})

test('only a type that works off the back is said to work on the feet, and only one on the back is said to work there', () => {
  for (const e of EFFECTS) {
    const onBack = entryOf(e.type).onBack
    if (/\b(feet|foot)\b/i.test(e.why)) expect(onBack, `${e.rule.id} for ${e.type}`).toBe(false)
    if (/works directly on the back/i.test(e.why)) expect(onBack, `${e.rule.id} for ${e.type}`).toBe(true)
  }
})

test('how each type presses matches the catalog: firm words for firm types, gentle words for the rest', () => {
  for (const entry of MASSAGE_CATALOG) {
    const words = HOW_IT_PRESSES[entry.type]
    if (entry.deepPressure) {
      expect(words, entry.type).toMatch(/strong|firm/)
      expect(words, entry.type).not.toMatch(/gentle|light/)
    } else {
      expect(words, entry.type).toMatch(/light|gentle|feet/)
    }
    if (!entry.onBack) expect(words, entry.type).toMatch(/not on the back/)
  }
})

test("a reason that quotes the guide's Best-for line sits on a best-for rule, and every best-for rule quotes the guide", () => {
  for (const e of EFFECTS) {
    if (e.rule.kind === 'best-for') expect(e.why, e.rule.id).toMatch(/the guide (names|says|calls)/)
  }
})

test('severe pain and a liking for light pressure raise only gentle types and lower every firm or focused one', () => {
  for (const rule of RULES.filter((r) => r.kind === 'severe-pain' || r.id.startsWith('light-pressure'))) {
    for (const [type, { points }] of Object.entries(rule.effect)) {
      if (points > 0) expect(entryOf(type as MassageType).deepPressure, rule.id).toBe(false)
    }
  }
  for (const id of ['severe-pain-avoids-strong-pressure', 'light-pressure-avoids-deep-work']) {
    const rule = RULES.find((r) => r.id === id)!
    expect(Object.keys(rule.effect).sort(), id).toEqual([...DEEP_PRESSURE_TYPES].sort())
  }
})

test('a liking for pressure on the back (light, medium or firm) never raises a type that works off the back', () => {
  for (const rule of RULES.filter((r) => /^(light|medium|firm)-pressure/.test(r.id))) {
    for (const [type, { points }] of Object.entries(rule.effect)) {
      if (points > 0) expect(entryOf(type as MassageType).onBack, rule.id).toBe(true)
    }
  }
})

test('severe pain starts at the same threshold as the self-massage rule, and the severe rules read it', () => {
  expect(SEVERE_PAIN).toBe(8)
  for (const rule of RULES.filter((r) => r.kind === 'severe-pain')) {
    expect(rule.when({ ...base, severity: SEVERE_PAIN - 1 }), rule.id).toBe(false)
    expect(rule.when({ ...base, severity: SEVERE_PAIN }), rule.id).toBe(true)
    expect(answerWords(rule, { ...base, severity: 9 })).toBe('You rated your pain 9 out of 10 (severe)')
  }
})

test.each([
  [0, 'You rated your pain 0 out of 10'],
  [1, 'You rated your pain 1 out of 10 (mild to moderate)'],
  [6, 'You rated your pain 6 out of 10 (mild to moderate)'],
  [SEVERE_PAIN, `You rated your pain ${SEVERE_PAIN} out of 10 (severe)`],
])('a pain of %i is quoted as the person chose it, never as a range', (severity, words) => {
  const answers = { ...base, severity }
  const reasons = recommend(answers).ranked.flatMap((r) => [...r.reasons, ...r.against])
  const pain = reasons.filter((r) => r.startsWith('You rated your pain'))
  expect(pain.length).toBeGreaterThan(0)
  for (const reason of pain) expect(reason.startsWith(`${words}: `), reason).toBe(true)
})

test('no-back rules lower every type that works on the back and raise reflexology', () => {
  const noBack = RULES.filter((r) => r.id.startsWith('no-back'))
  const total = (type: MassageType) => noBack.reduce((sum, r) => sum + (r.effect[type]?.points ?? 0), 0)
  expect(total('reflexology')).toBeGreaterThan(0)
  for (const type of ON_BACK_TYPES) expect(total(type)).toBeLessThan(0)
})

test.each(MASSAGE_TYPES)(
  "%s has its own rule for the guide's reason to choose it: it fires on its answer and moves that type alone",
  (type) => {
    const { id, answer } = TYPE_DETAILS[type].own
    const rule = RULES.find((r) => r.id === id)!
    expect(BEST_FOR_RULES[type]).toBe(id)
    expect(['best-for', 'preference']).toContain(rule.kind)
    expect(Object.keys(rule.effect)).toEqual([type])
    expect(rule.effect[type]?.points).toBeGreaterThan(0)
    for (const value of allowedValues(answer.field)) {
      const answers: QuizAnswers = { ...base, [answer.field]: value }
      expect(rule.when(answers), `${answer.field}: ${value}`).toBe(value === answer.is)
    }
    const { ranked } = recommend({ ...base, [answer.field]: answer.is })
    const reason = ruleReason(rule, type, { ...base, [answer.field]: answer.is })
    expect(reason.toLowerCase()).toContain(PLAIN_NAMES[type].toLowerCase())
    for (const entry of ranked) expect(entry.reasons.includes(reason), entry.type).toBe(entry.type === type)
  },
)

test("every Best-for line weighs the same, a type's own or not (docs/decisions/0007-rule-weights.md)", () => {
  const weights = RULES.filter((r) => r.kind === 'best-for').flatMap((r) =>
    Object.values(r.effect).map((e) => e.points),
  )
  expect(new Set(weights).size).toBe(1)
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
