import { expect, test } from 'vitest'
import { RULED_OUT_WHY, SELF_MASSAGE_TIPS, selfMassagePlan } from './guide-tips'
import { screen } from './screening'
import { SCREENING_ITEMS } from './screening-items'
import type { QuizAnswers, ScreeningItem } from './types'

const cases: {
  name: string
  items: ScreeningItem[]
  pressure?: QuizAnswers['pressure']
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
    name: 'light pressure keeps the ball and roller',
    items: [],
    pressure: 'light',
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

test.each(cases)('$name', ({ items, pressure = 'firm', show, ballAndRoller }) => {
  expect(selfMassagePlan(screen(items), { pressure })).toEqual({ show, ballAndRoller })
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
