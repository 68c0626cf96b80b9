import { expect, test } from 'vitest'
import { selfMassagePlan } from './guide-tips'
import { screen } from './screening'
import type { ScreeningItem } from './types'

const cases: { name: string; items: ScreeningItem[]; show: boolean; ballAndRoller: boolean }[] = [
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
]

test.each(cases)('$name', ({ items, show, ballAndRoller }) => {
  expect(selfMassagePlan(screen(items))).toEqual({ show, ballAndRoller })
})
