// @vitest-environment node
import { expect, test } from 'vitest'
import {
  ANSWER_FIELDS,
  DEEP_PRESSURE_TYPES,
  MASSAGE_TYPES,
  RULES,
  allowedValues,
  parseAnswers,
  recommend,
  type MassageType,
  type QuizAnswers,
  type RankedType,
} from './index'
import { rankWith } from './rank-massages'
import { SEVERE_PAIN, answerWords, type Rule, type RuleEffect } from './rules'
import { allAnswerSets, STRIDE, sample } from '../test/answer-sets'
import { typical as base } from '../test/people'

const ALL = allAnswerSets()
const results = sample(ALL).map((answers) => ({ answers, ranked: recommend(answers).ranked }))

/**
 * How each reason starts, the answer field it names, and the answers it may appear for.
 * A reason that starts with none of these, or appears for the wrong answer, fails the test.
 */
const REASON_OPENINGS: { opening: string; field: keyof QuizAnswers; fits: (a: QuizAnswers) => boolean }[] = [
  {
    opening: 'You would rather not have your back touched',
    field: 'pressure',
    fits: (a) => a.pressure === 'no-back',
  },
  { opening: 'You like light pressure', field: 'pressure', fits: (a) => a.pressure === 'light' },
  { opening: 'You like medium pressure', field: 'pressure', fits: (a) => a.pressure === 'medium' },
  { opening: 'You like firm pressure', field: 'pressure', fits: (a) => a.pressure === 'firm' },
  { opening: 'You rated your pain 0 out of 10', field: 'severity', fits: (a) => a.severity === 0 },
  // The person's own number, as they chose it ({severity} is filled from the answers).
  {
    opening: 'You rated your pain {severity} out of 10 (mild to moderate)',
    field: 'severity',
    fits: (a) => a.severity >= 1 && a.severity <= 6,
  },
  {
    opening: 'You rated your pain {severity} out of 10 (severe)',
    field: 'severity',
    fits: (a) => a.severity >= SEVERE_PAIN,
  },
  {
    opening: 'Your pain started less than 6 weeks ago',
    field: 'duration',
    fits: (a) => a.duration === 'acute',
  },
  {
    opening: 'Your pain has lasted more than 12 weeks',
    field: 'duration',
    fits: (a) => a.duration === 'chronic',
  },
  {
    opening: 'Your pain travels into your buttock or thigh',
    field: 'radiation',
    fits: (a) => a.radiation === 'buttock-thigh',
  },
  {
    opening: 'Your pain travels below the knee',
    field: 'radiation',
    fits: (a) => a.radiation === 'below-knee',
  },
  { opening: 'You have tight, achy knots', field: 'knots', fits: (a) => a.knots === 'achy' },
  {
    opening: 'You have spots that hurt sharply when pressed',
    field: 'knots',
    fits: (a) => a.knots === 'sharp',
  },
  { opening: 'Your back feels tight or stiff', field: 'stiffness', fits: (a) => a.stiffness },
  { opening: 'Stress or tension makes your pain worse', field: 'stress', fits: (a) => a.stress },
]

test('the answer sets are every combination of every valid answer, each once (4,752 for the seven questions)', () => {
  const combinations = ANSWER_FIELDS.reduce((n, field) => n * allowedValues(field).length, 1)
  expect(ALL).toHaveLength(combinations)
  expect(new Set(ALL.map((a) => JSON.stringify(a))).size).toBe(combinations)
  for (const answers of ALL) expect(parseAnswers(answers).ok).toBe(true)
})

test('every answer set ranks all five types, each once', () => {
  const wrong = results.filter(
    ({ ranked }) =>
      ranked
        .map((r) => r.type)
        .sort()
        .join() !== [...MASSAGE_TYPES].sort().join(),
  )
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('every ranking has its scores in descending order', () => {
  const wrong = results.filter(({ ranked }) => ranked.some((r, i) => i > 0 && ranked[i - 1]!.score < r.score))
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('every tie in every ranking follows MASSAGE_TYPES order', () => {
  let ties = 0
  const wrong: QuizAnswers[] = []
  for (const { answers, ranked } of results) {
    for (let i = 1; i < ranked.length; i++) {
      if (ranked[i - 1]!.score !== ranked[i]!.score) continue
      ties++
      if (MASSAGE_TYPES.indexOf(ranked[i - 1]!.type) > MASSAGE_TYPES.indexOf(ranked[i]!.type))
        wrong.push(answers)
    }
  }
  expect(wrong).toEqual([])
  // The check above must have had ties to look at.
  expect(ties).toBeGreaterThan(1000 / STRIDE)
})

/** A test rule: these points for these types, each with the rule's id as its words. */
function testRule(id: string, points: Partial<Record<MassageType, number>>, when = () => true): Rule {
  const effect: Partial<Record<MassageType, RuleEffect>> = {}
  for (const [type, p] of Object.entries(points)) effect[type as MassageType] = { points: p, why: id }
  return { id, kind: 'support', when, answer: 'Because', effect }
}

test('with no rules every type ties at 0 and the ranking is the catalog order', () => {
  const { ranked } = rankWith([], base)
  expect(ranked.map((r) => r.type)).toEqual([...MASSAGE_TYPES])
  expect(ranked.every((r) => r.score === 0 && r.reasons.length === 0)).toBe(true)
})

test.each([
  { effect: { reflexology: 1, swedish: 1 }, order: ['swedish', 'reflexology'] },
  { effect: { 'myofascial-release': 2, 'deep-tissue': 2 }, order: ['deep-tissue', 'myofascial-release'] },
  {
    effect: { reflexology: 3, 'trigger-point': 3, swedish: 3 },
    order: ['swedish', 'trigger-point', 'reflexology'],
  },
] satisfies { effect: Partial<Record<MassageType, number>>; order: MassageType[] }[])(
  'a tie between $order keeps catalog order whatever the order of the effect',
  ({ effect, order }) => {
    const top = rankWith([testRule('tie', effect)], base).ranked.slice(0, order.length)
    expect(top.map((r) => r.type)).toEqual(order)
  },
)

test('a rule that lowers a score moves that type below the untouched ones', () => {
  const { ranked } = rankWith([testRule('down', { swedish: -1 })], base)
  expect(ranked.map((r) => r.type)).toEqual([...MASSAGE_TYPES.filter((t) => t !== 'swedish'), 'swedish'])
  expect(ranked.at(-1)).toMatchObject({ type: 'swedish', score: -1, reasons: [], against: ['Because: down'] })
})

test('each type carries the grounds of its score: each rule that moved it, its kind, its points and its words, strongest first', () => {
  const rules = [testRule('up', { swedish: 2 }), testRule('down', { swedish: -3 })]
  const swedish = rankWith(rules, base).ranked.find((r) => r.type === 'swedish')!
  expect(swedish.grounds).toEqual([
    { rule: 'down', kind: 'support', points: -3, text: 'Because: down' },
    { rule: 'up', kind: 'support', points: 2, text: 'Because: up' },
  ])
})

test('a rule that does not apply changes no score and adds no reason', () => {
  expect(rankWith([testRule('never', { swedish: 5 }, () => false)], base)).toEqual(rankWith([], base))
})

test('a rule that gives a type 0 points leaves it no ground, no reason and nothing against it', () => {
  expect(rankWith([testRule('zero', { swedish: 0 })], base)).toEqual(rankWith([], base))
})

test('points for a type the catalog does not know are ignored, not a crash', () => {
  const rule = testRule('odd', { shiatsu: 4, swedish: 1 } as Partial<Record<MassageType, number>>)
  const { ranked } = rankWith([rule], base)
  expect(ranked.map((r) => r.type)).toEqual([...MASSAGE_TYPES])
  expect(ranked[0]).toMatchObject({ type: 'swedish', score: 1, reasons: ['Because: odd'], against: [] })
})

test('points from several rules add up, and reasons come strongest first (rule order on a tie)', () => {
  const rules = [
    testRule('one', { reflexology: 2 }),
    testRule('two', { reflexology: 3, swedish: 1, 'deep-tissue': -1 }),
    testRule('three', { 'deep-tissue': -2 }),
    testRule('four', { reflexology: 2 }),
  ]
  const { ranked } = rankWith(rules, base)
  expect(ranked[0]).toMatchObject({
    type: 'reflexology',
    score: 7,
    reasons: ['Because: two', 'Because: one', 'Because: four'],
    against: [],
  })
  expect(ranked[1]).toMatchObject({ type: 'swedish', score: 1, reasons: ['Because: two'], against: [] })
  expect(ranked.at(-1)).toMatchObject({
    type: 'deep-tissue',
    score: -3,
    reasons: [],
    against: ['Because: three', 'Because: two'],
  })
})

test('every score is the sum of the effects of the rules that apply, and its reasons are theirs, strongest first', () => {
  const problems: string[] = []
  for (const { answers, ranked } of results) {
    for (const entry of ranked) {
      const applying = RULES.filter((r) => r.when(answers) && r.effect[entry.type] !== undefined)
      const points = (r: Rule) => r.effect[entry.type]?.points ?? 0
      const words = (r: Rule) => `${answerWords(r, answers)}: ${r.effect[entry.type]?.why}`
      const score = applying.reduce((sum, r) => sum + points(r), 0)
      // Strongest first; on a tie, the rules' order.
      const strongest = [...applying].sort((a, b) => Math.abs(points(b)) - Math.abs(points(a)))
      const reasons = strongest.filter((r) => points(r) > 0).map(words)
      const against = strongest.filter((r) => points(r) < 0).map(words)
      if (
        entry.score !== score ||
        entry.reasons.join('|') !== reasons.join('|') ||
        entry.against.join('|') !== against.join('|')
      ) {
        problems.push(`${entry.type} for ${JSON.stringify(answers)}`)
      }
    }
  }
  expect(problems).toEqual([])
}, 30_000)

test('the same answers always give the same ranking, and the answers are left untouched', () => {
  const wrong = results.filter(({ answers, ranked }) => {
    const copy = JSON.stringify(answers)
    const again = JSON.stringify(recommend(answers).ranked)
    return again !== JSON.stringify(ranked) || JSON.stringify(answers) !== copy
  })
  expect(wrong.map((r) => r.answers)).toEqual([])
}, 30_000)

test('two calls return separate objects, so changing one result cannot change another', () => {
  const first = recommend(base)
  first.ranked[0]!.reasons.push('changed')
  first.ranked[0]!.score = 99
  expect(recommend(base)).not.toEqual(first)
  expect(recommend(base).ranked[0]!.reasons).not.toContain('changed')
})

test('the top pick always has at least one reason', () => {
  const wrong = results.filter(({ ranked }) => ranked[0]!.reasons.length === 0)
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('every reason starts with words naming the answer it comes from, and only for that answer', () => {
  const problems: string[] = []
  for (const { answers, ranked } of results) {
    for (const reason of ranked.flatMap((r) => r.reasons)) {
      const match = REASON_OPENINGS.filter((o) =>
        reason.startsWith(answerWords({ answer: o.opening }, answers)),
      )
      if (match.length === 0) problems.push(`no known opening: ${reason}`)
      else if (!match.some((o) => o.fits(answers))) problems.push(`${reason} for ${JSON.stringify(answers)}`)
    }
  }
  expect(problems).toEqual([])
}, 30_000)

test('every question feeds at least one rule, and every rule reason has a known opening', () => {
  const fields = new Set(REASON_OPENINGS.map((o) => o.field))
  expect([...fields].sort()).toEqual(Object.keys(base).sort())
  for (const rule of RULES) {
    expect(
      REASON_OPENINGS.some((o) => rule.answer.startsWith(o.opening)),
      rule.id,
    ).toBe(true)
  }
})

test('someone who likes light pressure never gets deep tissue first, nor above Swedish', () => {
  const light = results.filter((r) => r.answers.pressure === 'light')
  expect(light.length).toBeGreaterThan(1000 / STRIDE)
  const wrong = light.filter(({ ranked }) => {
    const order = ranked.map((r) => r.type)
    return order[0] === 'deep-tissue' || order.indexOf('swedish') > order.indexOf('deep-tissue')
  })
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('someone who would rather not have their back touched always gets reflexology first', () => {
  const noBack = results.filter((r) => r.answers.pressure === 'no-back')
  expect(noBack.length).toBeGreaterThan(1000 / STRIDE)
  const wrong = noBack.filter(({ ranked }) => ranked[0]!.type !== 'reflexology')
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('someone who would rather not have their back touched gets every back massage below zero', () => {
  const wrong = results.filter(
    ({ answers, ranked }) =>
      answers.pressure === 'no-back' && ranked.some((r) => r.type !== 'reflexology' && r.score >= 0),
  )
  expect(wrong.map((r) => r.answers)).toEqual([])
})

const isDeep = (type: MassageType) => DEEP_PRESSURE_TYPES.includes(type)

/** Every firm or focused type ranks below every gentle type, at zero or less. */
function deepBelowGentle(ranked: RankedType[]): boolean {
  const lastGentle = Math.max(...ranked.map((r, i) => (isDeep(r.type) ? -1 : i)))
  return ranked.every((r, i) => !isDeep(r.type) || (i > lastGentle && r.score <= 0))
}

test(`with severe pain (${SEVERE_PAIN} or more) every firm or focused type ranks below every gentle one, at zero or less`, () => {
  const severe = results.filter((r) => r.answers.severity >= SEVERE_PAIN)
  expect(severe.length).toBeGreaterThan(1000 / STRIDE)
  const wrong = severe.filter(({ ranked }) => !deepBelowGentle(ranked))
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('with severe pain, each firm or focused type says why it is ranked lower', () => {
  const wrong = results.filter(
    ({ answers, ranked }) =>
      answers.severity >= SEVERE_PAIN &&
      ranked.some((r) => isDeep(r.type) && !r.against.some((a) => a.includes('while the pain is this bad'))),
  )
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('someone who likes light pressure gets every firm or focused type below every gentle one, at zero or less', () => {
  const light = results.filter((r) => r.answers.pressure === 'light')
  const wrong = light.filter(({ ranked }) => !deepBelowGentle(ranked))
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test('someone who wants massage on the back (light, medium or firm) is never sent to foot reflexology first', () => {
  const wrong = results.filter(
    ({ answers, ranked }) => answers.pressure !== 'no-back' && ranked[0]!.type === 'reflexology',
  )
  expect(wrong.map((r) => r.answers)).toEqual([])
})

test(`someone who likes firm pressure, with pain under ${SEVERE_PAIN} and no gentle type's Best-for line, gets firm work first`, () => {
  const gentleLine = (a: QuizAnswers) =>
    RULES.some(
      (rule) =>
        rule.kind === 'best-for' &&
        rule.when(a) &&
        Object.keys(rule.effect).some((t) => !isDeep(t as MassageType)),
    )
  const firm = results.filter(
    (r) => r.answers.pressure === 'firm' && r.answers.severity < SEVERE_PAIN && !gentleLine(r.answers),
  )
  expect(firm.length).toBeGreaterThan(100 / STRIDE)
  const wrong = firm.filter(({ ranked }) => !isDeep(ranked[0]!.type))
  expect(wrong.map((r) => r.answers)).toEqual([])
})

/** The points each type gets from one kind of rule, for these answers. */
function pointsOfKind(answers: QuizAnswers, kinds: readonly Rule['kind'][]): Map<MassageType, number> {
  const points = new Map<MassageType, number>(MASSAGE_TYPES.map((t) => [t, 0]))
  for (const rule of RULES.filter((r) => kinds.includes(r.kind) && r.when(answers))) {
    for (const [type, effect] of Object.entries(rule.effect)) {
      points.set(type as MassageType, points.get(type as MassageType)! + effect.points)
    }
  }
  return points
}

test("a type with one of the guide's specific Best-for lines ranks above every type with none, unless a preference or severe pain lowered it", () => {
  const problems: string[] = []
  for (const { answers, ranked } of results) {
    const bestFor = pointsOfKind(answers, ['best-for'])
    const lowered = new Set(
      RULES.filter((r) => (r.kind === 'preference' || r.kind === 'severe-pain') && r.when(answers)).flatMap(
        (r) =>
          Object.entries(r.effect)
            .filter(([, e]) => e.points < 0)
            .map(([type]) => type),
      ),
    )
    const order = ranked.map((r) => r.type)
    for (const a of MASSAGE_TYPES.filter((t) => bestFor.get(t)! > 0 && !lowered.has(t))) {
      for (const b of MASSAGE_TYPES.filter((t) => bestFor.get(t) === 0)) {
        if (order.indexOf(a) > order.indexOf(b))
          problems.push(`${b} above ${a} for ${JSON.stringify(answers)}`)
      }
    }
  }
  expect(problems.slice(0, 5)).toEqual([])
}, 30_000)

test('generic lines and preferences together never outweigh one specific Best-for line', () => {
  let most = 0
  for (const { answers } of results) {
    const other = pointsOfKind(answers, ['support', 'preference'])
    for (const type of MASSAGE_TYPES.filter((t) => t !== 'reflexology' || answers.pressure !== 'no-back')) {
      most = Math.max(most, other.get(type)!)
    }
  }
  const bestFor = Math.min(
    ...RULES.filter((r) => r.kind === 'best-for').flatMap((r) =>
      Object.values(r.effect).map((e) => e.points),
    ),
  )
  expect(most).toBeLessThan(bestFor)
})

test('a reason that lowers a type is never listed as why it suits', () => {
  const wrong = results.filter(({ ranked }) =>
    ranked.some((r) => r.against.some((reason) => r.reasons.includes(reason))),
  )
  expect(wrong).toEqual([])
})

test('each of the five types is the top pick for some answers', () => {
  const tops = new Set(results.map((r) => r.ranked[0]!.type))
  expect(tops).toEqual(new Set(MASSAGE_TYPES))
})
