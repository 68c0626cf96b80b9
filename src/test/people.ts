import { ACUTE_LIGHT, CHRONIC_FIRM } from '../../scripts/saved-answers.mjs'
import { recommend, type QuizAnswers } from '../engine'
import { allAnswerSets, answerSet } from './answer-sets'

// Named answer sets the tests share, each written once. The ones the Node scripts use too are
// written in scripts/saved-answers.mjs, which plain node can read; here they are completed with any
// field the quiz asks since.

/** 4/10, over 12 weeks, stays in the back, firm, achy knots, stiff, not stress: deep tissue first. */
export const chronicFirm = answerSet(CHRONIC_FIRM)

/** 3/10, under 6 weeks, light pressure, stress makes it worse: Swedish first. */
export const acuteLight = answerSet(ACUTE_LIGHT)

/** 5/10, over 12 weeks, stays in the back, firm, achy knots, not stiff, not stress: deep tissue first. */
export const chronicFirmNotStiff = answerSet({
  severity: 5,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'firm',
  knots: 'achy',
  stiffness: false,
  stress: false,
})

/** 4/10, under 6 weeks, medium pressure and nothing else: the baseline the engine's tests vary. */
export const typical = answerSet({
  severity: 4,
  duration: 'acute',
  radiation: 'none',
  pressure: 'medium',
  knots: 'none',
  stiffness: false,
  stress: false,
})

/**
 * The first answer set (in allAnswerSets order) for which every type scores above zero, so that
 * no option is "less suited". Searched for rather than written out, so a type added to the catalog
 * does not silently make a hand-written set untrue; undefined when no set has every type above zero.
 */
export function everyTypeAboveZero(): QuizAnswers | undefined {
  return allAnswerSets().find((answers) => recommend(answers).ranked.every((r) => r.score > 0))
}
