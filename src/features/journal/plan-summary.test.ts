// @vitest-environment node
import { expect, test } from 'vitest'
import type { Plan } from './journal-data'
import { planTime } from './plan-summary'

const PLAN: Plan = { type: 'swedish', next: [], start: '2026-06-01', time: '18:00', weeks: 6 }

test.each([
  { day: '2026-05-31', time: 'before', week: 0 },
  { day: '2026-06-01', time: 'during', week: 1 },
  { day: '2026-06-07', time: 'during', week: 1 },
  { day: '2026-06-08', time: 'during', week: 2 },
  { day: '2026-07-12', time: 'during', week: 6 },
  { day: '2026-07-13', time: 'after', week: 7 },
])('on $day a 6-week plan from 1 June is $time (week $week)', ({ day, time, week }) => {
  expect(planTime(PLAN, day)).toEqual({ time, week })
})
