import { answerSet } from './answer-sets'

// Named answer sets the result's tests share, so each is written once.

/** 4/10, over 12 weeks, stays in the back, firm, achy knots, stiff, not stress: deep tissue first. */
export const chronicFirm = answerSet({
  severity: 4,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'firm',
  knots: 'achy',
  stiffness: true,
  stress: false,
})

/** 3/10, under 6 weeks, light pressure, stress makes it worse: Swedish first. */
export const acuteLight = answerSet({
  severity: 3,
  duration: 'acute',
  radiation: 'none',
  pressure: 'light',
  knots: 'none',
  stiffness: false,
  stress: true,
})
