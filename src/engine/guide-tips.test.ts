// @vitest-environment node
import { expect, test } from 'vitest'
import { GUIDE_STUDIES, RULED_OUT_WHY, SELF_MASSAGE_TIPS, selfMassagePlan } from './guide-tips'
import { pressureToAsk } from './pressure'
import { screen } from './screening'
import { SCREENING_ITEMS } from './screening-items'
import type { QuizAnswers, ScreeningItem } from './types'

const cases: {
  name: string
  items: ScreeningItem[]
  pressure?: QuizAnswers['pressure']
  severity?: number
  radiation?: QuizAnswers['radiation']
  show: boolean
  ballAndRoller: boolean
}[] = [
  { name: 'clear screening shows every technique', items: [], show: true, ballAndRoller: true },
  {
    name: 'fragile bones keep heat but drop the ball and roller',
    items: ['osteoporosis'],
    show: true,
    ballAndRoller: false,
  },
  {
    name: 'blood thinners drop the ball and roller',
    items: ['bleeding-disorder'],
    show: true,
    ballAndRoller: false,
  },
  {
    name: 'a skin problem on the back hides self-massage',
    items: ['skin-condition'],
    show: false,
    ballAndRoller: false,
  },
  {
    name: 'a doctor-first flag hides self-massage',
    items: ['weight-loss'],
    show: false,
    ballAndRoller: false,
  },
  { name: 'recent surgery hides self-massage', items: ['recent-surgery'], show: false, ballAndRoller: false },
  { name: 'an urgent sign hides self-massage', items: ['leg-weakness'], show: false, ballAndRoller: false },
  {
    name: 'rather not have the back touched keeps heat but drops the ball and roller',
    items: [],
    pressure: 'no-back',
    show: true,
    ballAndRoller: false,
  },
  {
    name: 'light pressure keeps heat but drops the ball and roller (they press firmly)',
    items: [],
    pressure: 'light',
    show: true,
    ballAndRoller: false,
  },
  {
    name: 'severe pain keeps heat but drops the ball and roller',
    items: [],
    severity: 8,
    show: true,
    ballAndRoller: false,
  },
  {
    name: 'medium pressure and 7/10 pain keep the ball and roller',
    items: [],
    pressure: 'medium',
    severity: 7,
    show: true,
    ballAndRoller: true,
  },
  {
    name: 'pain below the knee: no ball or roller (firm pressure may flare an irritated nerve), heat stays',
    items: [],
    pressure: 'firm',
    radiation: 'below-knee',
    show: true,
    ballAndRoller: false,
  },
  {
    name: 'pain into the buttock or thigh keeps the ball and roller',
    items: [],
    pressure: 'firm',
    radiation: 'buttock-thigh',
    show: true,
    ballAndRoller: true,
  },
  {
    name: 'no-back with a skin problem hides self-massage',
    items: ['skin-condition'],
    pressure: 'no-back',
    show: false,
    ballAndRoller: false,
  },
]

test.each(cases)(
  '$name',
  ({ items, pressure = 'firm', severity = 4, radiation = 'none', show, ballAndRoller }) => {
    expect(selfMassagePlan(screen(items), { pressure, severity, radiation })).toEqual({ show, ballAndRoller })
  },
)

test('the ball and roller show exactly where the pressure to ask a therapist for is medium or firm', () => {
  const wrong: string[] = []
  for (const pressure of ['light', 'medium', 'firm', 'no-back'] as const)
    for (let severity = 0; severity <= 10; severity++)
      for (const radiation of ['none', 'buttock-thigh', 'below-knee'] as const)
        for (const items of [[], ...SCREENING_ITEMS.map((i) => [i])]) {
          const advice = screen(items)
          const plan = selfMassagePlan(advice, { pressure, severity, radiation })
          const asked = pressureToAsk({ pressure, severity, radiation }, advice).pressure
          if (plan.ballAndRoller !== (plan.show && (asked === 'medium' || asked === 'firm')))
            wrong.push(`${pressure} ${severity} ${radiation} [${items.join()}]`)
        }
  expect(wrong).toEqual([])
})

test('the ball goes beside the spine, never on it, and heat is warm, wrapped and never on numb or broken skin', () => {
  expect(SELF_MASSAGE_TIPS.ball.lines.join(' ')).toMatch(/beside your lower spine, never on the spine/)
  const heat = SELF_MASSAGE_TIPS.heat.lines.join(' ')
  expect(heat).toMatch(/warm \(not hot\)/)
  expect(heat).toMatch(/wrapped in a towel/)
  expect(heat).toMatch(/never put heat on numb or broken skin/i)
})

test('the foam roller tip keeps the roller off the spine', () => {
  expect(SELF_MASSAGE_TIPS.roller.lines).toContain(
    'Keep the roller off the spine itself: roll the muscles beside it.',
  )
})

test.each(screen(SCREENING_ITEMS).flags.filter((f) => f.avoid.length > 0))(
  'ruling out for $item says why in a short sentence',
  ({ item }) => {
    expect(RULED_OUT_WHY[item]).toMatch(/^[a-z].{10,100}\.$/)
  },
)

test("the guide's studies are reported with what we could check: the untraced 50% study is given no weight", () => {
  const studies = GUIDE_STUDIES.map((s) => s.finding).join(' ')
  expect(studies).toMatch(/could not find this study/)
  expect(studies).toMatch(/Cherkin 2011/)
  // What was checked leads; the guide's own claim follows it, never the other way round.
  for (const { finding } of GUIDE_STUDIES) expect(finding, finding).toMatch(/^We (checked|could not)/)
})
