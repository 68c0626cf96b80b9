// @vitest-environment node
import { expect, test } from 'vitest'
import {
  MASSAGE_TYPES,
  ON_BACK_TYPES,
  SCREENING_ITEMS,
  advise,
  pickBasis,
  recommend,
  screen,
  type Advice,
  type MassageType,
  type QuizAnswers,
  type RankedType,
  type ScreeningItem,
} from './index'
import { allAnswerSets, answerSet, sample } from '../test/answer-sets'
import { chronicFirmNotStiff } from '../test/people'
import { screeningSubsets, seeded } from '../test/screening-sets'

const screenings = new Map<string, ReturnType<typeof screen>>()

/** The screening for these items, worked out once per combination. */
function screened(items: ScreeningItem[]): ReturnType<typeof screen> {
  const key = items.join()
  let result = screenings.get(key)
  if (!result) {
    result = screen(items)
    screenings.set(key, result)
  }
  return result
}

const brief = (r: RankedType) => `${r.type}:${r.score}:${r.reasons.length}`

/** Every way the contract can be broken by one advice, as readable strings. */
function brokenRules(
  answers: QuizAnswers,
  ranking: RankedType[],
  items: ScreeningItem[],
  advice: Advice,
): string[] {
  const broken: string[] = []
  const { level, flags } = screened(items)
  const avoidedByFlags = new Set(flags.flatMap((f) => f.avoid))
  const pickTypes = advice.picks.map((p) => p.type)
  const avoidedTypes = advice.avoided.map((a) => a.type)
  if (advice.level !== level) broken.push('level differs from the screening')
  if (advice.flags.map((f) => f.item + f.level).join() !== flags.map((f) => f.item + f.level).join()) {
    broken.push('flags differ from the screening')
  }
  if (pickTypes.some((t) => avoidedByFlags.has(t))) broken.push('offers a type a flag avoids')
  if (level === 'urgent' && pickTypes.length > 0) broken.push('offers picks when urgent')
  if (pickTypes.some((t) => avoidedTypes.includes(t))) broken.push('picks and avoided overlap')
  if (level !== 'urgent' && pickTypes.length + avoidedTypes.length !== MASSAGE_TYPES.length)
    broken.push('picks and avoided miss a type')
  if (new Set([...pickTypes, ...avoidedTypes]).size !== pickTypes.length + avoidedTypes.length) {
    broken.push('a type appears twice')
  }
  // Picks keep the ranking's order and content.
  const kept = ranking.filter((r) => pickTypes.includes(r.type))
  if (kept.map(brief).join() !== advice.picks.map(brief).join())
    broken.push('picks are not the ranking, filtered')
  for (const { type, because } of advice.avoided) {
    const expected = flags.filter((f) => f.avoid.includes(type)).map((f) => f.item)
    if (because.join() !== expected.join()) broken.push(`${type} is avoided because of the wrong items`)
    if (level !== 'urgent' && because.length === 0) broken.push(`${type} is avoided for no reason`)
  }
  if (avoidedTypes.join() !== MASSAGE_TYPES.filter((t) => avoidedTypes.includes(t)).join()) {
    broken.push('avoided is not in catalog order')
  }
  broken.push(...brokenBasis(ranking, advice, answers))
  return broken.map((b) => `${b}: ${JSON.stringify(answers)} with [${items.join(', ')}]`)
}

/** The pick basis agrees with the ranking and the picks, and a screening-left pick is never called a match. */
function brokenBasis(ranking: RankedType[], advice: Advice, answers: QuizAnswers): string[] {
  const broken: string[] = []
  const { basis, picks } = advice
  const first = picks[0]
  const kinds = { none: !first, match: first?.type === ranking[0]!.type }
  if (!first) return basis.kind === 'none' ? [] : ['no picks but a basis']
  // A wish (no massage on the back) and the safety check that cannot both hold: nothing fits.
  const wishUnmet = answers.pressure === 'no-back' && picks.every((p) => ON_BACK_TYPES.includes(p.type))
  if (wishUnmet !== (basis.kind === 'nothing-fits'))
    broken.push('nothing fits, but a type is offered (or the reverse)')
  if (wishUnmet) return broken
  if ((basis.kind === 'match') !== kinds.match) broken.push("match is not the ranking's own first choice")
  if (!kinds.match && (first.score <= 0 || picks.length === 1) && basis.kind !== 'what-is-left') {
    broken.push('a pick left only by the screening is not called what is left')
  }
  if (basis.kind === 'what-is-left' && first.score > 0 && picks.length > 1)
    broken.push('a real next best called what is left')
  const above = ranking
    .slice(
      0,
      ranking.findIndex((r) => r.type === first.type),
    )
    .map((r) => r.type)
  if (basis.ruledOutAbove.join() !== above.join())
    broken.push('ruledOutAbove is not the types ranked above the pick')
  if ((basis.note === '') !== (basis.kind === 'match')) broken.push('a note is missing or out of place')
  if (
    /best match/.test(basis.note) &&
    basis.kind === 'what-is-left' &&
    !/not the best match/.test(basis.note)
  ) {
    broken.push('what is left is called a best match')
  }
  // Said only when true: a pick with reasons of its own is never "pointed to by none of your answers".
  if (
    /None of your answers points to/.test(basis.note) !==
    (basis.kind !== 'match' && first.reasons.length === 0)
  ) {
    broken.push('"none of your answers points to it" is untrue or missing')
  }
  return broken
}

const ALL = allAnswerSets()
const SUBSETS = screeningSubsets()

test('advise keeps the contract for every answer set with a sample of screenings', () => {
  const random = seeded(20240611)
  const problems: string[] = []
  for (const [n, answers] of sample(ALL).entries()) {
    // No screening or one item (taking turns across answer sets), and two random combinations.
    const turn = n % (SCREENING_ITEMS.length + 1)
    const samples: ScreeningItem[][] = [SCREENING_ITEMS.slice(turn, turn + 1)]
    for (let i = 0; i < 2; i++) samples.push(SUBSETS[Math.floor(random() * SUBSETS.length)]!)
    const ranking = recommend(answers).ranked
    for (const items of samples)
      problems.push(...brokenRules(answers, ranking, items, advise(answers, items)))
  }
  expect(problems.slice(0, 10)).toEqual([])
}, 30_000)

test.each([
  answerSet({
    severity: 0,
    duration: 'acute',
    radiation: 'none',
    pressure: 'light',
    knots: 'none',
    stiffness: false,
    stress: false,
  }),
  answerSet({
    severity: 5,
    duration: 'chronic',
    radiation: 'buttock-thigh',
    pressure: 'firm',
    knots: 'achy',
    stiffness: true,
    stress: true,
  }),
  answerSet({
    severity: 9,
    duration: 'subacute',
    radiation: 'below-knee',
    pressure: 'no-back',
    knots: 'sharp',
    stiffness: true,
    stress: false,
  }),
])(
  'advise keeps the contract for every screening combination (severity $severity, $pressure pressure)',
  (answers) => {
    const problems: string[] = []
    const ranking = recommend(answers).ranked
    for (const items of sample(SUBSETS))
      problems.push(...brokenRules(answers, ranking, items, advise(answers, items)))
    // Each combination once, every pair among them, so a new item needs no edit here.
    expect(new Set(SUBSETS.map((items) => items.join())).size).toBe(SUBSETS.length)
    expect(SUBSETS.filter((items) => items.length === 2)).toHaveLength(
      (SCREENING_ITEMS.length * (SCREENING_ITEMS.length - 1)) / 2,
    )
    expect(problems.slice(0, 10)).toEqual([])
  },
  30_000,
)

const person = chronicFirmNotStiff

test('with a clear screening every ranked type is a pick and nothing is avoided', () => {
  expect(advise(person, [])).toEqual({
    level: 'clear',
    flags: [],
    picks: recommend(person).ranked,
    avoided: [],
    basis: { kind: 'match', ruledOutAbove: [], note: '' },
  })
})

test('fragile bones take deep tissue and trigger point out, and Swedish moves to the top', () => {
  const advice = advise(person, ['osteoporosis'])
  expect(recommend(person).ranked[0]!.type).toBe('deep-tissue')
  expect(advice.level).toBe('caution')
  expect(advice.picks[0]!.type).toBe('swedish')
  expect(advice.avoided).toEqual([
    { type: 'deep-tissue', because: ['osteoporosis'] },
    { type: 'trigger-point', because: ['osteoporosis'] },
  ])
})

test('a type ruled out by two items names both, most serious first', () => {
  const advice = advise(person, ['osteoporosis', 'cancer-history'])
  expect(advice.avoided).toEqual([
    { type: 'deep-tissue', because: ['cancer-history', 'osteoporosis'] },
    { type: 'trigger-point', because: ['cancer-history', 'osteoporosis'] },
  ])
})

test('a skin problem on the back leaves only reflexology', () => {
  const advice = advise(person, ['skin-condition'])
  expect(advice.picks.map((p) => p.type)).toEqual(['reflexology'])
  // The catalog's types on the back (catalog.test.ts holds which they are).
  expect(advice.avoided.map((a) => a.type)).toEqual(ON_BACK_TYPES)
})

test('unexplained weight loss, a warning sign for cancer, asks for a doctor and rules out deep pressure as cancer history does', () => {
  const advice = advise(person, ['weight-loss'])
  expect(advice.level).toBe('doctor-first')
  expect(advice.avoided.map((a) => a.type)).toEqual(
    advise(person, ['cancer-history']).avoided.map((a) => a.type),
  )
  expect(advice.avoided.map((a) => a.type)).toEqual(['deep-tissue', 'trigger-point'])
})

test('a fever rules out every type without being urgent', () => {
  const advice = advise(person, ['fever'])
  expect(advice.level).toBe('doctor-first')
  expect(advice.picks).toEqual([])
  expect(advice.avoided.map((a) => a.type)).toEqual([...MASSAGE_TYPES])
  expect(advice.avoided.every((a) => a.because.join() === 'fever')).toBe(true)
})

test.each(['bladder-bowel-change', 'saddle-numbness', 'leg-weakness'] as const)(
  '%s is urgent: no picks, and every type is avoided',
  (item) => {
    const advice = advise(person, [item])
    expect(advice.level).toBe('urgent')
    expect(advice.picks).toEqual([])
    expect(advice.avoided.map((a) => a.type)).toEqual([...MASSAGE_TYPES])
    expect(advice.avoided.every((a) => a.because.includes(item))).toBe(true)
  },
)

test('urgent with a milder item still avoids everything, naming both where both apply', () => {
  const advice = advise(person, ['osteoporosis', 'leg-weakness'])
  expect(advice.picks).toEqual([])
  expect(advice.avoided.find((a) => a.type === 'swedish')).toEqual({
    type: 'swedish',
    because: ['leg-weakness'],
  })
  expect(advice.avoided.find((a) => a.type === 'deep-tissue')).toEqual({
    type: 'deep-tissue',
    because: ['leg-weakness', 'osteoporosis'],
  })
})

test('advise rejects an unknown screening item with a RangeError', () => {
  expect(() => advise(person, ['headache' as ScreeningItem])).toThrow(RangeError)
})

test('advise rejects invalid answers with a RangeError before looking at the screening', () => {
  expect(() => advise({ ...person, severity: 11 }, [])).toThrow(RangeError)
  expect(() => advise({ ...person, pressure: 'hard' } as unknown as QuizAnswers, ['fever'])).toThrow(
    /pressure/,
  )
})

test.each([
  {
    name: 'a skin problem on the back, firm pressure: reflexology is what is left, and none of the answers points to it',
    items: ['skin-condition'] as ScreeningItem[],
    kind: 'what-is-left',
    above: ['deep-tissue', 'trigger-point', 'swedish', 'myofascial-release'],
    note: /rules out every other type for now, so Reflexology is what is left\. None of your answers points to it\./,
  },
  {
    name: 'fragile bones: Swedish is the next best once deep pressure is ruled out',
    items: ['osteoporosis'] as ScreeningItem[],
    kind: 'next-best',
    above: ['deep-tissue', 'trigger-point'],
    note: /rules out Deep Tissue Massage and Trigger Point Therapy for now, which fit your answers better, so this is the next best/,
  },
  { name: 'a clear screening: a match', items: [], kind: 'match', above: [], note: /^$/ },
  { name: 'a fever: no picks', items: ['fever'] as ScreeningItem[], kind: 'none', above: [], note: /^$/ },
])('$name', ({ items, kind, above, note }) => {
  const { basis } = advise(person, items)
  expect(basis.kind).toBe(kind)
  expect(basis.ruledOutAbove).toEqual(above)
  expect(basis.note).toMatch(note)
})

test('one better type ruled out: the note says it "fits" your answers better', () => {
  const achy = answerSet({
    severity: 0,
    duration: 'acute',
    radiation: 'none',
    pressure: 'medium',
    knots: 'achy',
    stiffness: false,
    stress: false,
  })
  const { basis } = advise(achy, ['weight-loss'])
  expect(basis).toEqual({
    kind: 'next-best',
    ruledOutAbove: ['deep-tissue'],
    note: 'Your safety check rules out Deep Tissue Massage for now, which fits your answers better, so this is the next best.',
  })
})

// The screening alone never leaves a first pick with reasons and a score of 0 or below. But a
// shared link carries the sender's ruled-out types as a bit each, so pickBasis can meet any set of
// them (sharedResultView passes them as here), not only the sets the screening rules out together.
/** 7 out of 10, 6 to 12 weeks, medium pressure and nothing else: few rules fire. */
const quiet = answerSet({
  severity: 7,
  duration: 'subacute',
  radiation: 'none',
  pressure: 'medium',
  knots: 'none',
  stiffness: false,
  stress: false,
})

const leftWithReasons: {
  name: string
  given: Partial<QuizAnswers>
  avoid: readonly MassageType[]
  above: MassageType[]
  first: Pick<RankedType, 'type' | 'score'>
  note: string
}[] = [
  {
    name: 'two firm types left for someone who likes light pressure: the first has a Best-for line but a score below zero',
    given: { radiation: 'buttock-thigh', pressure: 'light' },
    avoid: ['swedish', 'myofascial-release', 'reflexology'],
    above: ['swedish', 'myofascial-release', 'reflexology'],
    first: { type: 'trigger-point', score: -8 },
    note: 'Your safety check rules out Swedish Massage, Myofascial Release and Reflexology for now, so Trigger Point Therapy is first of what is left. On balance, your answers do not favour it.',
  },
  {
    name: 'the one type left has a reason of its own, but another answer takes back its point',
    given: { radiation: 'below-knee', stiffness: true },
    avoid: ['swedish', 'trigger-point', 'myofascial-release', 'reflexology'],
    // In ranking order; reflexology ties with deep tissue at 0 and comes after it in the catalog.
    above: ['myofascial-release', 'swedish', 'trigger-point'],
    first: { type: 'deep-tissue', score: 0 },
    note: 'Your safety check rules out every other type for now, so Deep Tissue Massage is what is left. On balance, your answers do not favour it.',
  },
]

test.each(leftWithReasons)(
  '$name: what is left, "on balance" not favoured',
  ({ given, avoid, above, first, note }) => {
    const answers: QuizAnswers = { ...quiet, ...given }
    const { ranked } = recommend(answers)
    const picks = ranked.filter((r) => !avoid.includes(r.type))
    expect(picks[0]).toMatchObject(first)
    expect(picks[0]!.reasons.length).toBeGreaterThan(0)
    expect(pickBasis(ranked, picks, answers.pressure)).toEqual({
      kind: 'what-is-left',
      ruledOutAbove: above,
      note,
    })
  },
)

test('a pick with no points, first among several that are left, is what is left and says no answer points to it', () => {
  const flat = answerSet({
    severity: 7,
    duration: 'subacute',
    radiation: 'none',
    pressure: 'firm',
    knots: 'none',
    stiffness: false,
    stress: false,
  })
  const advice = advise(flat, ['pregnancy'])
  expect(advice.picks[0]).toMatchObject({ type: 'swedish', score: 0, reasons: [] })
  expect(advice.picks.length).toBeGreaterThan(1)
  expect(advice.basis.kind).toBe('what-is-left')
  expect(advice.basis.note).toMatch(
    /so Swedish Massage is first of what is left\. None of your answers points to it\./,
  )
})

test('the one type left, with a reason of its own, is what is left and never "pointed to by none of your answers"', () => {
  // Stress points to reflexology: a reason of its own, though the answers favour deep work.
  const stressed = answerSet({
    severity: 5,
    duration: 'chronic',
    radiation: 'none',
    pressure: 'firm',
    knots: 'none',
    stiffness: true,
    stress: true,
  })
  const advice = advise(stressed, ['skin-condition'])
  expect(advice.picks.map((p) => p.type)).toEqual(['reflexology'])
  expect(advice.picks[0]!.reasons.length).toBeGreaterThan(0)
  expect(advice.basis.kind).toBe('what-is-left')
  expect(advice.basis.note).toBe(
    'Your safety check rules out every other type for now, so Reflexology is what is left. It is not the best match for your answers.',
  )
})

test('no massage on the back, and the feet ruled out: nothing fits, and the note says why', () => {
  const noBack = { ...person, pressure: 'no-back' as const }
  for (const feet of ['foot-skin-condition', 'diabetes-numb-feet'] as const) {
    const advice = advise(noBack, [feet])
    expect(advice.picks.length).toBeGreaterThan(0)
    expect(advice.picks.every((p) => ON_BACK_TYPES.includes(p.type))).toBe(true)
    expect(advice.basis.kind).toBe('nothing-fits')
    expect(advice.basis.note).toBe(
      'You would rather not have your back touched, and your safety check rules out Reflexology for now. Every type left works on the back, so none fits what you asked for.',
    )
  }
  // With the feet free, reflexology is a match for the same wish.
  expect(advise(noBack, []).basis.kind).toBe('match')
})
