// @vitest-environment node
import { expect, test } from 'vitest'
import {
  DEEP_PRESSURE_TYPES,
  MASSAGE_TYPES,
  ON_BACK_TYPES,
  RULED_OUT_WHY,
  advise,
  SCREENING_TABLE,
  THERAPIST_TIPS,
  recommend,
  type MassageType,
  type QuizAnswers,
  type ScreeningItem,
} from '../../engine'
import { allAnswerSets, answerSet, sample } from '../../test/answer-sets'
import { GUIDE_TYPES } from '../../test/guide-types'
import { acuteLight, chronicFirm, everyTypeAboveZero } from '../../test/people'
import { personFrom } from '../../person/person'
import type { NotedSign } from '../../state/saved-progress'
import { ownResultView, SECTION_ORDER, sharedResultView, type OwnResultView } from './result-view'
import { LASTING_PAIN_ADVICE, LEG_PAIN_ADVICE } from './result-words'

/** The person's own result for these answers, this safety check and these signs noted since. */
const own = (answers: QuizAnswers, screening: readonly ScreeningItem[], noted: NotedSign[] = []) =>
  ownResultView(personFrom({ answers, screening: [...screening], noted }))

/** The result as a pick, or the test fails saying what it was. */
function pickOf(view: OwnResultView) {
  if (view.kind !== 'pick') throw new Error(`a pick was expected, not ${view.kind}`)
  return view
}

const noBack: QuizAnswers = { ...chronicFirm, pressure: 'no-back', stress: true }

/**
 * The view boiled down to what a reader checks: which sections show, and what is in them. Type
 * lists are sorted: their order is the engine's ranking, checked against recommend() below.
 */
const types = (items: readonly { type: string }[]) => items.map((i) => i.type).sort()

/**
 * The guide's types in a list, sorted: the hand-written cases below are about them. Which of the
 * other options a type added later lands in follows from its score, checked for every answer set
 * further down; a set of the catalog's (ON_BACK_TYPES…) is written as that set.
 */
const guide = (list: readonly MassageType[]) => list.filter((t) => GUIDE_TYPES.includes(t)).sort()
const guideTypes = (items: readonly { type: MassageType }[]) => guide(items.map((i) => i.type))
const sorted = (list: readonly string[]) => [...list].sort()

/** The ranking below the pick, which every own result with a pick or with nothing fitting shows. */
function others(view: OwnResultView) {
  if (view.kind !== 'pick' && view.kind !== 'nothing-fits') throw new Error(`no options in ${view.kind}`)
  if (!view.sections.options) throw new Error('no options section')
  return view.sections.options
}

function summary(view: OwnResultView) {
  if (view.kind !== 'pick' && view.kind !== 'nothing-fits') return { kind: view.kind }
  const pick = view.kind === 'pick' ? view : null
  const shows = view.sections
  return {
    kind: view.kind,
    top: pick?.top.type ?? null,
    outcome: view.outcome.title,
    watchFor: shows['watch-for'] !== undefined,
    suited: guideTypes(others(view).suited),
    lessSuited: guideTypes(others(view).lessSuited),
    ruledOut: types(shows['ruled-out']?.items ?? []),
    therapistTips: shows['therapist-tips'] !== undefined,
    selfMassage: shows['self-massage']?.map((s) => s.tip.id + (s.hasTimer ? '+timer' : '')) ?? null,
    research: shows.research !== undefined,
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
      kind: 'pick',
      top: 'deep-tissue',
      outcome: 'Go ahead',
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
      kind: 'pick',
      top: 'myofascial-release',
      outcome: 'Go ahead with care',
      watchFor: true,
      suited: ['swedish'],
      lessSuited: ['reflexology'],
      ruledOut: sorted(DEEP_PRESSURE_TYPES),
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
      kind: 'pick',
      top: 'swedish',
      outcome: 'See a doctor first',
      watchFor: false,
      suited: ['myofascial-release', 'reflexology'],
      lessSuited: [],
      ruledOut: sorted(DEEP_PRESSURE_TYPES),
      therapistTips: true,
      selfMassage: null,
      research: true,
    },
  },
  {
    name: 'a fever rules out every type: the no-massage screen, not a result',
    answers: chronicFirm,
    screening: ['fever'],
    expected: { kind: 'no-massage' },
  },
  {
    name: 'a skin problem on the back hides self-massage but keeps the pick',
    answers: chronicFirm,
    screening: ['skin-condition'],
    expected: {
      kind: 'pick',
      top: 'reflexology',
      outcome: 'Go ahead with care',
      watchFor: true,
      suited: [],
      lessSuited: [],
      ruledOut: sorted(ON_BACK_TYPES),
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
      kind: 'pick',
      top: 'reflexology',
      outcome: 'Go ahead',
      watchFor: true,
      suited: [],
      lessSuited: guide(ON_BACK_TYPES),
      ruledOut: [],
      therapistTips: true,
      selfMassage: ['heat'],
      research: true,
    },
  },
  {
    name: 'an urgent warning sign: the stop screen, not a result',
    answers: chronicFirm,
    screening: ['saddle-numbness'],
    expected: { kind: 'stop' },
  },
  {
    name: 'rather not have the back touched, and the feet ruled out: nothing fits, no pick, no tips',
    answers: noBack,
    screening: ['foot-skin-condition'],
    expected: {
      kind: 'nothing-fits',
      top: null,
      outcome: 'Go ahead with care',
      watchFor: true,
      suited: [],
      lessSuited: guide(ON_BACK_TYPES),
      ruledOut: ['reflexology'],
      therapistTips: false,
      selfMassage: null,
      research: false,
    },
  },
]

test.each(ownCases)('own result, $name', ({ answers, screening, expected }) => {
  expect(summary(own(answers, screening))).toEqual(expected)
})

test('every type above zero: nothing is less suited, every other type is another option', () => {
  const answers = everyTypeAboveZero()
  expect(answers).toBeDefined()
  const view = own(answers!, [])
  const pick = pickOf(view)
  expect(others(pick).lessSuited).toEqual([])
  expect(types([pick.top, ...others(pick).suited])).toEqual(sorted(MASSAGE_TYPES))
})

test('for every answer set, the other options are the picks above zero and the less suited those at or below zero, best first', () => {
  for (const answers of sample(allAnswerSets())) {
    const [top, ...rest] = advise(answers, []).picks
    const view = own(answers, [])
    if (view.kind !== 'pick') throw new Error('a pick was expected')
    expect(view.top.type).toBe(top?.type)
    expect(others(view).suited.map((o) => o.type)).toEqual(rest.filter((r) => r.score > 0).map((r) => r.type))
    expect(others(view).lessSuited.map((o) => o.type)).toEqual(
      rest.filter((r) => r.score <= 0).map((r) => r.type),
    )
  }
})

test('the top pick carries its reasons and, apart, what counts against it', () => {
  const view = own(chronicFirm, [])
  const first = recommend(chronicFirm).ranked[0]!
  expect(view.kind === 'pick' && view.top).toMatchObject({
    name: 'Deep Tissue Massage',
    reasons: first.reasons,
    against: first.against,
  })
})

test('each item that rules a type out gives its own sentence', () => {
  const view = own(chronicFirm, ['osteoporosis', 'pregnancy'])
  if (view.kind !== 'pick') throw new Error('a pick was expected')
  const deep = view.sections['ruled-out']!.items.find((r) => r.type === 'deep-tissue')!
  expect(deep.because.map((b) => b.text).sort()).toEqual(
    [
      `Because of fragile bones: ${RULED_OUT_WHY.osteoporosis}`,
      `Because of pregnancy: ${RULED_OUT_WHY.pregnancy}`,
    ].sort(),
  )
})

test('the outcome lists each flag with its short name and advice', () => {
  const view = own(acuteLight, ['weight-loss'])
  if (view.kind !== 'pick') throw new Error('a pick was expected')
  expect(view.outcome.level).toBe('doctor-first')
  expect(view.outcome.flags.map((f) => f.key)).toEqual(['weight-loss'])
  expect(view.outcome.flags[0]?.advice).not.toBe('')
})

test('what to watch for, as the safety check words each sign: help now, a call first for chest pain, a doctor today, an urgent appointment', () => {
  const prompt = (item: string) => SCREENING_TABLE.find((e) => e.item === item)!.prompt
  for (const screening of [[], ['osteoporosis']] as ScreeningItem[][]) {
    const view = own(chronicFirm, screening)
    const watchFor = pickOf(view).sections['watch-for']
    if (!watchFor) throw new Error('nothing to watch for')
    const { now, callNow, today, urgentGp } = watchFor
    expect(now).toEqual(
      ['bladder-bowel-change', 'saddle-numbness', 'leg-weakness', 'sexual-function'].map(prompt),
    )
    expect(callNow).toEqual([prompt('chest-pain')])
    expect(today).toEqual([prompt('fever')])
    expect(urgentGp).toEqual(['weight-loss', 'night-pain', 'cough-or-upper-pain', 'back-lump'].map(prompt))
  }
  // A see-a-doctor sign already says what to do: nothing more to watch for on the result.
  expect(pickOf(own(chronicFirm, ['pregnancy'])).sections['watch-for']).toBeUndefined()
})

test.each([
  {
    name: 'calls a match "my massage match"',
    screening: [] as ScreeningItem[],
    text: 'My massage match for lower back pain: Deep Tissue Massage',
  },
  {
    name: 'calls the next best a suggestion, never "my match"',
    screening: ['osteoporosis'] as ScreeningItem[],
    text: 'A massage suggestion for my lower back pain: Myofascial Release',
  },
  {
    name: 'says "if my doctor agrees" before a doctor has',
    screening: ['cancer-history'] as ScreeningItem[],
    text: 'A massage suggestion for my lower back pain, if my doctor agrees: Myofascial Release',
  },
  {
    name: 'calls what is left a suggestion',
    screening: ['skin-condition'] as ScreeningItem[],
    text: 'A massage suggestion for my lower back pain: Reflexology',
  },
])('the share text $name', ({ screening, text }) => {
  expect(pickOf(own(chronicFirm, screening)).shareText).toBe(text)
})

test("therapist tips are the guide's, in its order", () => {
  const view = own(chronicFirm, [])
  expect(pickOf(view).sections['therapist-tips']).toBe(THERAPIST_TIPS)
})

test.each([
  { name: 'a firm chronic back', answers: chronicFirm, top: 'deep-tissue', lessSuited: ['reflexology'] },
  {
    name: 'rather not have the back touched',
    answers: noBack,
    top: 'reflexology',
    lessSuited: guide(ON_BACK_TYPES),
  },
])('a shared result for $name ranks the answers alone', ({ answers, top, lessSuited }) => {
  const view = sharedResultView(answers)
  const ranked = recommend(answers).ranked
  expect(view.adjusted).toBe(false)
  expect(view.top?.type).toBe(top)
  expect(guideTypes(view.others.lessSuited)).toEqual(lessSuited)
  // Best first: the top pick, the suited options, then the less suited, in the engine's order.
  const shown = [view.top!, ...view.others.suited, ...view.others.lessSuited].map((o) => o.type)
  expect(shown).toEqual(ranked.map((r) => r.type))
})

test("a shared link from a sender with fragile bones opens on the sender's own first pick, said to be adjusted", () => {
  const sender = pickOf(own(chronicFirm, ['osteoporosis']))
  expect(sender.avoid).toEqual(expect.arrayContaining(['deep-tissue']))
  const shared = sharedResultView(chronicFirm, sender.avoid)
  expect(shared.top?.type).toBe(sender.top.type)
  expect(shared.top?.type).not.toBe('deep-tissue')
  expect(shared.adjusted).toBe(true)
  // The next best for the sender is the next best for the viewer too, never "best match".
  expect(shared.eyebrow).toBe('Next best for the shared answers')
  const shown = [...shared.others.suited, ...shared.others.lessSuited].map((o) => o.type)
  for (const type of sender.avoid) expect(shown).not.toContain(type)
})

test('a shared link whose sender had every type ruled out offers none, and says so', () => {
  const shared = sharedResultView(chronicFirm, [...MASSAGE_TYPES])
  expect(shared).toEqual({
    top: null,
    eyebrow: '',
    strongest: [],
    others: { suited: [], lessSuited: [] },
    adjusted: true,
  })
})

test('a shared link from someone who would rather not have the back touched, with the feet ruled out, offers no type', () => {
  const shared = sharedResultView(noBack, ['reflexology'])
  expect(shared.top).toBeNull()
  expect(shared.adjusted).toBe(true)
})

test('a pick the safety check left, with no answer for it, is "what is left", never "your best match"', () => {
  // A wound on the back rules out every back massage; firm pressure and knots point away from the feet.
  const view = own(chronicFirm, ['skin-condition'])
  if (view.kind !== 'pick') throw new Error('a pick was expected')
  expect(view.top.type).toBe('reflexology')
  expect(view.basis).toBe('what-is-left')
  expect(view.eyebrow).toBe('What is left')
  expect(view.strongestHeading).toBe('What speaks for it')
  expect(view.leftNote).toMatch(
    /^Your safety check rules out every other type for now, so Reflexology is what is left\. None of your answers points to it\.$/,
  )
  expect(view.sections['ruled-out']?.note).toBeNull()
})

test('the one type the safety check leaves is "what is left" even when an answer gives it a point', () => {
  // Stress gives reflexology a point, but with a wound on the back it is first only because it is all that is left.
  const view = own({ ...chronicFirm, stress: true }, ['skin-condition'])
  if (view.kind !== 'pick') throw new Error('a pick was expected')
  expect(view.top.type).toBe('reflexology')
  expect([view.basis, view.eyebrow]).toEqual(['what-is-left', 'What is left'])
  expect(view.leftNote).toMatch(/is what is left\. It is not the best match for your answers\.$/)
})

test('a pick the answers point to is "your best match", and under "see a doctor first" only "if your doctor agrees"', () => {
  const clear = own(chronicFirm, [])
  const doctor = own(noBack, ['weight-loss'])
  if (clear.kind !== 'pick' || doctor.kind !== 'pick') throw new Error('a pick was expected')
  expect([clear.basis, clear.eyebrow]).toEqual(['match', 'Your best match'])
  expect([doctor.basis, doctor.eyebrow]).toEqual(['match', 'If your doctor agrees'])
  expect(doctor.strongest).toEqual([])
})

const bookingCases: { name: string; answers: QuizAnswers; screening: ScreeningItem[]; line: RegExp }[] = [
  {
    name: 'the pressure the person likes, nothing to tell',
    answers: chronicFirm,
    screening: [],
    line: /^Ask for: a 60-minute deep tissue massage session, firm pressure\.$/,
  },
  {
    name: 'fragile bones turn firm into gentle pressure, and are told',
    answers: chronicFirm,
    screening: ['osteoporosis'],
    line: /^Ask for: a 60-minute [a-z ]+, light pressure only\. Tell them: fragile bones\.$/,
  },
  {
    name: 'severe pain asks for gentle pressure whatever the preference',
    answers: { ...chronicFirm, severity: 9 },
    screening: [],
    line: /, light pressure only\.$/,
  },
  {
    name: 'light pressure stays light, with a caution told',
    answers: acuteLight,
    screening: ['bleeding-disorder'],
    line: /^Ask for: a 60-minute Swedish massage session, light pressure\. Tell them: bleeding disorder or blood thinners\.$/,
  },
  {
    name: 'a small fall with fragile bones rules the back out: no massage on the back, nothing added',
    answers: { ...chronicFirm, pressure: 'medium' },
    screening: ['minor-fall'],
    line: /^If your doctor agrees, ask for a 60-minute reflexology session, no massage on the back\. Tell them: /,
  },
  {
    name: 'rather not have the back touched',
    answers: noBack,
    screening: [],
    line: /^Ask for: a 60-minute reflexology session, no massage on the back\.$/,
  },
  {
    name: 'pain below the knee: light pressure to start, and the therapist is told why',
    answers: { ...chronicFirm, radiation: 'below-knee' },
    screening: [],
    line: /^Ask for: a 60-minute [a-z ]+, light pressure to start\. Tell them: pain that travels below the knee\.$/,
  },
  {
    name: 'pain below the knee with fragile bones: light pressure only, both told',
    answers: { ...chronicFirm, radiation: 'below-knee' },
    screening: ['osteoporosis'],
    line: /, light pressure only\. Tell them: fragile bones and pain that travels below the knee\.$/,
  },
  {
    name: 'see a doctor first: once the doctor agrees',
    answers: acuteLight,
    screening: ['pregnancy'],
    line: /^If your doctor agrees, ask for a 60-minute Swedish massage session, light pressure\. Tell them: pregnancy\.$/,
  },
]

test.each(bookingCases)('the booking line: $name', ({ answers, screening, line }) => {
  const view = own(answers, screening)
  if (view.kind !== 'pick') throw new Error('a pick was expected')
  expect(view.booking).toMatch(line)
})

test("nothing fits: the note says why, what to do instead, and no type is offered in the person's name", () => {
  for (const feet of ['foot-skin-condition', 'diabetes-numb-feet'] as const) {
    const view = own(noBack, [feet])
    if (view.kind !== 'nothing-fits') throw new Error('nothing fits was expected')
    expect(view.note).toMatch(
      /You would rather not have your back touched, and your safety check rules out Reflexology/,
    )
    // The feet's own advice first, then what helps back pain most, then the way to change the answer.
    expect(view.instead[0]).toBe(SCREENING_TABLE.find((e) => e.item === feet)!.advice)
    expect(view.instead.join(' ')).toMatch(/exercise and stretching/)
    expect(view.instead.at(-1)).toMatch(/change your answer about pressure/)
  }
})

test('pain below the knee: the outcome says when to see a GP about the leg; pain that stays in the back does not', () => {
  expect(pickOf(own({ ...chronicFirm, radiation: 'below-knee' }, [])).outcome.action).toContain(
    LEG_PAIN_ADVICE,
  )
  expect(pickOf(own({ ...chronicFirm, radiation: 'below-knee' }, ['osteoporosis'])).outcome.action).toContain(
    LEG_PAIN_ADVICE,
  )
  expect(pickOf(own(chronicFirm, [])).outcome.action).not.toContain(LEG_PAIN_ADVICE)
  // The NHS's words on sciatica.
  expect(LEG_PAIN_ADVICE).toBe(
    'See a GP if the pain in your leg has not improved after a few weeks, is getting worse, or stops you doing your normal activities.',
  )
})

test('a sign noted at a check-in is in the outcome as if ticked in the check, with the day it was noted', () => {
  const pick = pickOf(own(acuteLight, [], [{ item: 'weight-loss', day: '2026-12-03' }]))
  expect(pick.outcome.title).toBe('See a doctor first')
  expect(pick.outcome.flags).toEqual([
    expect.objectContaining({ key: 'weight-loss', source: { from: 'check-in', day: '2026-12-03' } }),
  ])
  expect(pick.eyebrow).toBe('If your doctor agrees')
  // The same as ticking it in the safety check, but for where it came from.
  const ticked = pickOf(own(acuteLight, ['weight-loss']))
  const withoutSources = (view: typeof pick) => ({ ...view, outcome: { ...view.outcome, flags: [] } })
  expect(withoutSources(pick)).toEqual(withoutSources(ticked))
  expect(ticked.outcome.flags[0]?.source).toEqual({ from: 'check' })
})

test('the next best after the safety check says which types it ruled out, and severe pain adds the word on pain relief', () => {
  const caution = own(chronicFirm, ['osteoporosis'])
  const severe = own({ ...chronicFirm, severity: 9 }, [])
  if (caution.kind !== 'pick' || severe.kind !== 'pick') throw new Error('a pick was expected')
  expect(caution.eyebrow).toBe('The next best for you')
  expect(caution.sections['ruled-out']?.note).toMatch(/^Your safety check rules out Deep Tissue Massage/)
  expect(caution.outcome.action).not.toMatch(/pain relief/)
  expect(severe.outcome.title).toBe('Go ahead gently')
  expect(severe.outcome.action).toMatch(/^Talk to a GP or a pharmacist about pain relief/)
})

test('the research says types have not been shown to differ, with each source, its strength and a review date', () => {
  const view = own(chronicFirm, [])
  if (view.kind !== 'pick') throw new Error('no research')
  expect(view.sections.research?.summary.join(' ')).toMatch(
    /No type has been shown to work better than another/,
  )
  expect(view.sections.research?.sources.map((s) => s.id)).toEqual(
    expect.arrayContaining(['cochrane-2015', 'cherkin-2011', 'acp-2017', 'nhs-back-pain', 'guide']),
  )
  expect(view.sections.research?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
})

test('a reason resting on the pressure the person likes carries the limit a caution sets, as the booking line does', () => {
  const medium = answerSet({ ...acuteLight, pressure: 'medium' })
  const view = own(medium, ['osteoporosis'])
  if (view.kind !== 'pick') throw new Error('no pick')
  const liking = view.top.reasons.filter((r) => r.startsWith('You like medium pressure:'))
  expect(liking.length).toBeGreaterThan(0)
  for (const reason of liking) expect(reason).toMatch(/\(With fragile bones: light pressure only\.\)$/)
  expect(view.top.reasons.filter((r) => !r.startsWith('You like')).join(' ')).not.toMatch(/\(With /)
  expect(view.booking).toMatch(/light pressure only\./)
  // Without a caution, the reason stands as it is.
  const clear = own(medium, [])
  if (clear.kind !== 'pick') throw new Error('no pick')
  expect(clear.top.reasons.join(' ')).not.toMatch(/\(With /)
})

test('pain of more than 12 weeks: the outcome says exercise helps most, as the ACP guideline does', () => {
  expect(pickOf(own(chronicFirm, [])).outcome.action).toContain(LASTING_PAIN_ADVICE)
  expect(pickOf(own(acuteLight, [])).outcome.action).not.toContain(LASTING_PAIN_ADVICE)
  // With severe pain the word on pain relief says to keep moving; the first screen stays short.
  expect(pickOf(own({ ...chronicFirm, severity: 9 }, [])).outcome.action).not.toContain(LASTING_PAIN_ADVICE)
})

test('every section the own result can hold is shown to someone: none is in the model and never filled', () => {
  const every = SECTION_ORDER
  const shown = new Set<string>()
  for (const answers of sample(allAnswerSets()))
    for (const screening of [[], ['osteoporosis'], ['weight-loss']] as ScreeningItem[][]) {
      const view = own(answers, screening)
      if (view.kind === 'pick' || view.kind === 'nothing-fits')
        for (const [id, data] of Object.entries(view.sections)) if (data !== undefined) shown.add(id)
    }
  expect([...shown].sort()).toEqual([...every].sort())
})
