import { expect, test } from 'vitest'
import {
  MASSAGE_TYPES,
  RULED_OUT_WHY,
  SCREENING_TABLE,
  THERAPIST_TIPS,
  recommend,
  type QuizAnswers,
  type ScreeningItem,
} from '../../engine'
import { ownResultView, sharedResultView, type OwnResultView } from './result-view'

const chronicFirm: QuizAnswers = {
  severity: 4,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'firm',
  knots: 'achy',
  stiffness: true,
  stress: false,
}
const acuteLight: QuizAnswers = {
  severity: 3,
  duration: 'acute',
  radiation: 'none',
  pressure: 'light',
  knots: 'none',
  stiffness: false,
  stress: true,
}
const noBack: QuizAnswers = { ...chronicFirm, pressure: 'no-back', stress: true }
const allSuit: QuizAnswers = { ...acuteLight, pressure: 'medium', stiffness: true }

/**
 * The view boiled down to what a reader checks: which sections show, and what is in them. Type
 * lists are sorted: their order is the engine's ranking, checked against recommend() below.
 */
const types = (items: readonly { type: string }[]) => items.map((i) => i.type).sort()

function summary(view: OwnResultView) {
  if (view.outcome === 'urgent') return { outcome: view.outcome }
  return {
    outcome: view.outcome,
    top: view.top?.type ?? null,
    banner: view.banner?.title ?? null,
    watchFor: view.watchFor !== null,
    suited: types(view.others.suited),
    lessSuited: types(view.others.lessSuited),
    ruledOut: types(view.ruledOut),
    therapistTips: view.therapistTips !== null,
    selfMassage: view.selfMassage?.map((s) => s.tip.id + (s.hasTimer ? '+timer' : '')) ?? null,
    research: view.research !== null,
  }
}

const ownCases: {
  name: string
  answers: QuizAnswers
  screening: ScreeningItem[]
  expected: ReturnType<typeof summary>
}[] = [
  {
    name: 'a clear check: a pick, the quiet note, every tip with the roller timer',
    answers: chronicFirm,
    screening: [],
    expected: {
      outcome: 'pick',
      top: 'deep-tissue',
      banner: null,
      watchFor: true,
      suited: ['myofascial-release', 'swedish', 'trigger-point'],
      lessSuited: ['reflexology'],
      ruledOut: [],
      therapistTips: true,
      selfMassage: ['ball', 'roller+timer', 'heat'],
      research: true,
    },
  },
  {
    name: 'fragile bones: a caution banner, deep pressure ruled out, heat only',
    answers: chronicFirm,
    screening: ['osteoporosis'],
    expected: {
      outcome: 'pick',
      top: 'myofascial-release',
      banner: 'Caution',
      watchFor: false,
      suited: ['swedish'],
      lessSuited: ['reflexology'],
      ruledOut: ['deep-tissue', 'trigger-point'],
      therapistTips: true,
      selfMassage: ['heat'],
      research: true,
    },
  },
  {
    name: 'a doctor-first item keeps a pick under a "See a doctor first" banner, with no self-massage',
    answers: acuteLight,
    screening: ['weight-loss'],
    expected: {
      outcome: 'pick',
      top: 'swedish',
      banner: 'See a doctor first',
      watchFor: false,
      suited: ['myofascial-release', 'reflexology'],
      lessSuited: [],
      ruledOut: ['deep-tissue', 'trigger-point'],
      therapistTips: true,
      selfMassage: null,
      research: true,
    },
  },
  {
    name: 'a fever rules out every type: no pick, no tips, no research',
    answers: chronicFirm,
    screening: ['fever'],
    expected: {
      outcome: 'all-ruled-out',
      top: null,
      banner: 'See a doctor first',
      watchFor: false,
      suited: [],
      lessSuited: [],
      ruledOut: ['deep-tissue', 'myofascial-release', 'reflexology', 'swedish', 'trigger-point'],
      therapistTips: false,
      selfMassage: null,
      research: false,
    },
  },
  {
    name: 'a skin problem on the back hides self-massage but keeps the pick',
    answers: chronicFirm,
    screening: ['skin-condition'],
    expected: {
      outcome: 'pick',
      top: 'reflexology',
      banner: 'Caution',
      watchFor: false,
      suited: [],
      lessSuited: [],
      ruledOut: ['deep-tissue', 'myofascial-release', 'swedish', 'trigger-point'],
      therapistTips: true,
      selfMassage: null,
      research: true,
    },
  },
  {
    name: 'rather not have the back touched: back massages are less suited, heat only',
    answers: noBack,
    screening: [],
    expected: {
      outcome: 'pick',
      top: 'reflexology',
      banner: null,
      watchFor: true,
      suited: [],
      lessSuited: ['deep-tissue', 'myofascial-release', 'swedish', 'trigger-point'],
      ruledOut: [],
      therapistTips: true,
      selfMassage: ['heat'],
      research: true,
    },
  },
  {
    name: 'every type above zero: nothing is less suited',
    answers: allSuit,
    screening: [],
    expected: {
      outcome: 'pick',
      top: 'swedish',
      banner: null,
      watchFor: true,
      suited: ['deep-tissue', 'myofascial-release', 'reflexology', 'trigger-point'],
      lessSuited: [],
      ruledOut: [],
      therapistTips: true,
      selfMassage: ['ball', 'roller+timer', 'heat'],
      research: true,
    },
  },
  {
    name: 'an urgent warning sign: nothing but the way to medical help',
    answers: chronicFirm,
    screening: ['saddle-numbness'],
    expected: { outcome: 'urgent' },
  },
]

test.each(ownCases)('own result, $name', ({ answers, screening, expected }) => {
  expect(summary(ownResultView(answers, screening))).toEqual(expected)
})

test('the top pick carries its reasons and, apart, what counts against it', () => {
  const view = ownResultView(chronicFirm, [])
  const first = recommend(chronicFirm).ranked[0]!
  expect(view.outcome === 'pick' && view.top).toMatchObject({
    name: 'Deep Tissue Massage',
    reasons: first.reasons,
    against: first.against,
  })
})

test('each item that rules a type out gives its own sentence', () => {
  const view = ownResultView(chronicFirm, ['osteoporosis', 'pregnancy'])
  if (view.outcome === 'urgent') throw new Error('not urgent')
  const deep = view.ruledOut.find((r) => r.type === 'deep-tissue')!
  expect(deep.because.map((b) => b.text).sort()).toEqual(
    [
      `Because of fragile bones: ${RULED_OUT_WHY.osteoporosis}`,
      `Because of pregnancy: ${RULED_OUT_WHY.pregnancy}`,
    ].sort(),
  )
})

test('the banner lists each flag with its short name and advice', () => {
  const view = ownResultView(acuteLight, ['weight-loss'])
  if (view.outcome === 'urgent') throw new Error('not urgent')
  expect(view.banner?.level).toBe('doctor-first')
  expect(view.banner?.flags.map((f) => f.key)).toEqual(['weight-loss'])
  expect(view.banner?.flags[0]?.advice).not.toBe('')
})

test('the quiet note lists the urgent warning signs and a fever, lower-cased', () => {
  const view = ownResultView(chronicFirm, [])
  if (view.outcome === 'urgent') throw new Error('not urgent')
  expect(view.watchFor).toHaveLength(
    SCREENING_TABLE.filter((e) => e.level === 'urgent' || e.item === 'fever').length,
  )
  for (const sign of view.watchFor ?? []) expect(sign.charAt(0)).toBe(sign.charAt(0).toLowerCase())
})

test.each([
  { name: 'names the pick', screening: [] as ScreeningItem[], text: /: Deep Tissue Massage$/ },
  {
    name: 'is general with no pick',
    screening: ['fever'] as ScreeningItem[],
    text: /^My Massage Match result$/,
  },
])('the share text $name', ({ screening, text }) => {
  const view = ownResultView(chronicFirm, screening)
  expect(view.outcome !== 'urgent' && view.shareText).toMatch(text)
})

test("therapist tips are the guide's, in its order", () => {
  const view = ownResultView(chronicFirm, [])
  expect(view.outcome !== 'urgent' && view.therapistTips).toBe(THERAPIST_TIPS)
})

test.each([
  { name: 'a firm chronic back', answers: chronicFirm, top: 'deep-tissue', lessSuited: ['reflexology'] },
  {
    name: 'rather not have the back touched',
    answers: noBack,
    top: 'reflexology',
    lessSuited: ['deep-tissue', 'myofascial-release', 'swedish', 'trigger-point'],
  },
])('a shared result for $name ranks the answers alone', ({ answers, top, lessSuited }) => {
  const view = sharedResultView(answers)
  const ranked = recommend(answers).ranked
  expect(view.adjusted).toBe(false)
  expect(view.top?.type).toBe(top)
  expect(types(view.others.lessSuited)).toEqual(lessSuited)
  // Best first: the top pick, the suited options, then the less suited, in the engine's order.
  const shown = [view.top!, ...view.others.suited, ...view.others.lessSuited].map((o) => o.type)
  expect(shown).toEqual(ranked.map((r) => r.type))
})

test("a shared link from a sender with fragile bones opens on the sender's own first pick, said to be adjusted", () => {
  const own = ownResultView(chronicFirm, ['osteoporosis'])
  if (own.outcome === 'urgent') throw new Error('not urgent')
  expect(own.avoid).toEqual(expect.arrayContaining(['deep-tissue']))
  const shared = sharedResultView(chronicFirm, own.avoid)
  expect(shared.top?.type).toBe(own.top?.type)
  expect(shared.top?.type).not.toBe('deep-tissue')
  expect(shared.adjusted).toBe(true)
  const shown = [...shared.others.suited, ...shared.others.lessSuited].map((o) => o.type)
  for (const type of own.avoid) expect(shown).not.toContain(type)
})

test('a shared link whose sender had every type ruled out offers none, and says so', () => {
  const shared = sharedResultView(chronicFirm, [...MASSAGE_TYPES])
  expect(shared).toEqual({ top: null, others: { suited: [], lessSuited: [] }, adjusted: true })
})
