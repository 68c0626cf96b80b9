// @vitest-environment node
import { expect, test } from 'vitest'
import { DEEP_PRESSURE_TYPES, MASSAGE_TYPES, ON_BACK_TYPES } from './catalog'
import {
  PAIN_RELIEF_ADVICE,
  painReliefAdvice,
  pressurePhrase,
  pressureToAsk,
  setAsideForPain,
  type PressureAdvice,
} from './pressure'
import { SEVERE_PAIN } from './rules'
import { screen, screeningShort } from './screening'
import { SCREENING_ITEMS } from './screening-items'
import type { QuizAnswers, ScreeningItem } from './types'
import { typical } from '../test/people'

// The items' short names come from the screening table, so its wording can change without this test.
const short = (item: ScreeningItem) =>
  screeningShort(item).charAt(0).toLowerCase() + screeningShort(item).slice(1)

const cases: {
  name: string
  pressure: QuizAnswers['pressure']
  severity?: number
  radiation?: QuizAnswers['radiation']
  items: ScreeningItem[]
  expected: Omit<PressureAdvice, 'preferred'>
}[] = [
  {
    name: 'a preference with no caution stands as it is',
    pressure: 'firm',
    items: [],
    expected: { pressure: 'firm', overriddenBy: [], hold: null, why: 'Prefers firm pressure.' },
  },
  {
    name: 'firm pressure with fragile bones: light pressure only, and the card says both',
    pressure: 'firm',
    items: ['osteoporosis'],
    expected: {
      pressure: 'light',
      overriddenBy: ['osteoporosis'],
      hold: 'only',
      why: `Prefers firm pressure; ${short('osteoporosis')}: light pressure only.`,
    },
  },
  {
    name: 'medium pressure with blood thinners and severe pain: light pressure only, naming both',
    pressure: 'medium',
    severity: 9,
    items: ['bleeding-disorder'],
    expected: {
      pressure: 'light',
      overriddenBy: ['bleeding-disorder', 'severe-pain'],
      hold: 'only',
      why: `Prefers medium pressure; ${short('bleeding-disorder')}, pain 9 out of 10: light pressure only.`,
    },
  },
  {
    name: `firm pressure with pain of ${SEVERE_PAIN}: light pressure only while it is this bad`,
    pressure: 'firm',
    severity: SEVERE_PAIN,
    items: [],
    expected: {
      pressure: 'light',
      overriddenBy: ['severe-pain'],
      hold: 'only',
      why: `Prefers firm pressure; pain ${SEVERE_PAIN} out of 10: light pressure only.`,
    },
  },
  {
    name: `firm pressure with pain of ${SEVERE_PAIN - 1} stands`,
    pressure: 'firm',
    severity: SEVERE_PAIN - 1,
    items: [],
    expected: { pressure: 'firm', overriddenBy: [], hold: null, why: 'Prefers firm pressure.' },
  },
  {
    name: 'light pressure is already within every pressure caution: nothing overrides it',
    pressure: 'light',
    severity: 10,
    items: ['osteoporosis', 'pregnancy'],
    expected: { pressure: 'light', overriddenBy: [], hold: null, why: 'Prefers light pressure.' },
  },
  {
    name: 'a skin problem on the back: no massage on the back, whatever pressure is liked',
    pressure: 'light',
    items: ['skin-condition'],
    expected: {
      pressure: 'no-back',
      overriddenBy: ['skin-condition'],
      hold: null,
      why: `Prefers light pressure; ${short('skin-condition')}: no massage on the back.`,
    },
  },
  {
    name: 'firm pressure after back surgery with fragile bones: no massage on the back, and light pressure',
    pressure: 'firm',
    items: ['recent-surgery', 'osteoporosis'],
    expected: {
      pressure: 'no-back',
      overriddenBy: ['recent-surgery', 'osteoporosis'],
      hold: 'only',
      why: `Prefers firm pressure; ${short('recent-surgery')}: no massage on the back; ${short('osteoporosis')}: light pressure only.`,
    },
  },
  {
    name: 'no massage on the back is kept as it is',
    pressure: 'no-back',
    items: ['skin-condition', 'osteoporosis'],
    expected: { pressure: 'no-back', overriddenBy: [], hold: null, why: 'Prefers no massage on the back.' },
  },
  {
    name: 'firm pressure with pain below the knee: light pressure to start, firmer only if the leg is no worse',
    pressure: 'firm',
    radiation: 'below-knee',
    items: [],
    expected: {
      pressure: 'light',
      overriddenBy: ['below-knee'],
      hold: 'to-start',
      why: 'Prefers firm pressure; pain below the knee: light pressure to start, firmer only if the leg pain is no worse over the next day or two.',
    },
  },
  {
    name: 'pain below the knee with a skin problem on the back: no massage on the back, and no word about starting gently there',
    pressure: 'firm',
    radiation: 'below-knee',
    items: ['skin-condition'],
    expected: {
      pressure: 'no-back',
      overriddenBy: ['skin-condition'],
      hold: null,
      why: `Prefers firm pressure; ${short('skin-condition')}: no massage on the back.`,
    },
  },
  {
    name: 'pain below the knee with fragile bones: light pressure only (the caution says all there is to say)',
    pressure: 'medium',
    radiation: 'below-knee',
    items: ['osteoporosis'],
    expected: {
      pressure: 'light',
      overriddenBy: ['osteoporosis'],
      hold: 'only',
      why: `Prefers medium pressure; ${short('osteoporosis')}: light pressure only.`,
    },
  },
  {
    name: 'pain below the knee changes nothing for light pressure, nor for pain that stays higher up',
    pressure: 'light',
    radiation: 'below-knee',
    items: [],
    expected: { pressure: 'light', overriddenBy: [], hold: null, why: 'Prefers light pressure.' },
  },
  {
    name: 'pain in the buttock or thigh leaves firm pressure as it is',
    pressure: 'firm',
    radiation: 'buttock-thigh',
    items: [],
    expected: { pressure: 'firm', overriddenBy: [], hold: null, why: 'Prefers firm pressure.' },
  },
  {
    name: 'a fever: no massage until a doctor says it is safe',
    pressure: 'medium',
    items: ['fever', 'osteoporosis'],
    expected: {
      pressure: 'none',
      overriddenBy: ['fever'],
      hold: null,
      why: `Prefers medium pressure; ${short('fever')}: no massage until a doctor says it is safe.`,
    },
  },
]

test.each(cases)('$name', ({ pressure, severity = 4, radiation = 'none', items, expected }) => {
  expect(pressureToAsk({ pressure, severity, radiation }, screen(items))).toEqual({
    preferred: pressure,
    ...expected,
  })
})

test.each([
  [{ pressure: 'light', hold: 'only' }, 'light pressure only'],
  [{ pressure: 'light', hold: 'to-start' }, 'light pressure to start'],
  [{ pressure: 'light', hold: null }, 'light pressure'],
  [{ pressure: 'firm', hold: null }, 'firm pressure'],
  [{ pressure: 'no-back', hold: 'only' }, 'no massage on the back'],
  [{ pressure: 'none', hold: null }, 'no massage yet'],
] as const)('the pressure to ask for in words: %o is "%s"', (advice, words) => {
  expect(pressurePhrase(advice)).toBe(words)
})

test('over every preference, pain level and single screening item, the pressure to ask never exceeds what a caution allows', () => {
  const order = ['none', 'no-back', 'light', 'medium', 'firm'] as const
  const problems: string[] = []
  for (const pressure of ['light', 'medium', 'firm', 'no-back'] as const) {
    for (let severity = 0; severity <= 10; severity++) {
      for (const radiation of ['none', 'buttock-thigh', 'below-knee'] as const)
        for (const items of [[], ...SCREENING_ITEMS.map((i) => [i])]) {
          const advice = screen(items)
          const {
            pressure: ask,
            overriddenBy,
            why,
          } = pressureToAsk({ pressure, severity, radiation }, advice)
          const label = `${pressure} ${severity} ${radiation} [${items.join()}]`
          const avoid = new Set(advice.flags.flatMap((f) => f.avoid))
          if (MASSAGE_TYPES.every((t) => avoid.has(t)) && ask !== 'none')
            problems.push(`${label}: massage allowed`)
          if (ON_BACK_TYPES.every((t) => avoid.has(t)) && !['none', 'no-back'].includes(ask)) {
            problems.push(`${label}: back allowed`)
          }
          const limitsDeep =
            DEEP_PRESSURE_TYPES.every((t) => avoid.has(t)) ||
            severity >= SEVERE_PAIN ||
            radiation === 'below-knee'
          if (limitsDeep && (ask === 'medium' || ask === 'firm')) problems.push(`${label}: more than light`)
          // The preference is kept unless something overrides it, and then each limit is named.
          if ((ask === pressure) !== (overriddenBy.length === 0)) problems.push(`${label}: override not said`)
          if (ask !== pressure && order.indexOf(ask) > order.indexOf(pressure))
            problems.push(`${label}: raised`)
          if (!why.startsWith('Prefers ') || !why.endsWith('.')) problems.push(`${label}: why`)
        }
    }
  }
  expect(problems).toEqual([])
})

const answers = (given: Partial<QuizAnswers>): QuizAnswers => ({ ...typical, ...given })

test(`the word on pain relief comes with pain of ${SEVERE_PAIN} or more, and names a GP or pharmacist`, () => {
  expect(painReliefAdvice(answers({ severity: SEVERE_PAIN - 1 }))).toBeNull()
  expect(painReliefAdvice(answers({ severity: SEVERE_PAIN }))).toBe(PAIN_RELIEF_ADVICE)
  expect(painReliefAdvice(answers({ severity: 10, pressure: 'light', stiffness: true }))).toBe(
    PAIN_RELIEF_ADVICE,
  )
  expect(PAIN_RELIEF_ADVICE).toMatch(/GP or a pharmacist about pain relief/)
  expect(PAIN_RELIEF_ADVICE).toMatch(/gentle massage only/)
})

test("with severe pain, the guide's line for spreading pain is not lost: the word on pain relief names trigger point therapy as waiting", () => {
  // Pain below the knee only tips a close call (a nerve may be irritated), so nothing waits for it.
  expect(setAsideForPain(answers({ severity: 9, radiation: 'below-knee' }))).toEqual([])
  const sciatica = answers({ severity: 9, radiation: 'buttock-thigh' })
  expect(setAsideForPain(sciatica)).toEqual(['trigger-point'])
  expect(painReliefAdvice(sciatica)).toBe(
    `${PAIN_RELIEF_ADVICE} Your answers also point to trigger point therapy: leave it until the pain eases.`,
  )
  const firmKnots = answers({ severity: 8, pressure: 'firm', knots: 'achy' })
  expect(setAsideForPain(firmKnots)).toEqual(['deep-tissue', 'trigger-point'])
  expect(painReliefAdvice(firmKnots)).toMatch(
    /point to deep tissue massage and trigger point therapy: leave them until the pain eases\.$/,
  )
})

test.each([
  {
    name: 'below severe pain nothing is set aside for pain',
    given: { severity: SEVERE_PAIN - 1, pressure: 'firm', knots: 'sharp' },
  },
  {
    name: 'below severe pain, a Best-for line that a liking for light pressure outweighs is not set aside for pain',
    given: { severity: SEVERE_PAIN - 1, pressure: 'light', radiation: 'buttock-thigh' },
  },
  {
    name: 'with severe pain, gentle types lowered only by the wish for no massage on the back are not said to wait for the pain',
    given: { severity: 9, pressure: 'no-back', stress: true, stiffness: true },
  },
] satisfies { name: string; given: Partial<QuizAnswers> }[])('$name', ({ given }) => {
  expect(setAsideForPain(answers(given))).toEqual([])
  if (given.severity >= SEVERE_PAIN) expect(painReliefAdvice(answers(given))).toBe(PAIN_RELIEF_ADVICE)
})
