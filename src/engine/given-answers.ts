import type { QuizAnswers } from './types'

/** One value of one answer, and its words in the person's terms ("You like firm pressure"). */
export type GivenAnswer = {
  [F in keyof QuizAnswers]: { field: F; is: QuizAnswers[F]; words: string }
}[keyof QuizAnswers]

/**
 * The single answers the rules read, each worded once: every rule that reads one starts its
 * reasons with the same words. A range (pain from 1 to 6) is written in its rule instead.
 */
export const GIVEN = {
  noBack: { field: 'pressure', is: 'no-back', words: 'You would rather not have your back touched' },
  lightPressure: { field: 'pressure', is: 'light', words: 'You like light pressure' },
  mediumPressure: { field: 'pressure', is: 'medium', words: 'You like medium pressure' },
  firmPressure: { field: 'pressure', is: 'firm', words: 'You like firm pressure' },
  noPain: { field: 'severity', is: 0, words: 'You rated your pain 0 out of 10' },
  recentPain: { field: 'duration', is: 'acute', words: 'Your pain started less than 6 weeks ago' },
  lastingPain: { field: 'duration', is: 'chronic', words: 'Your pain has lasted more than 12 weeks' },
  belowKnee: { field: 'radiation', is: 'below-knee', words: 'Your pain travels below the knee' },
  achyKnots: { field: 'knots', is: 'achy', words: 'You have tight, achy knots' },
  sharpKnots: { field: 'knots', is: 'sharp', words: 'You have spots that hurt sharply when pressed' },
  stiff: { field: 'stiffness', is: true, words: 'Your back feels tight or stiff' },
  stressed: { field: 'stress', is: true, words: 'Stress or tension makes your pain worse' },
} as const satisfies Record<string, GivenAnswer>

/** A rule's condition and the words its reasons start with, for one given answer. */
export function on(given: GivenAnswer): { when: (answers: QuizAnswers) => boolean; answer: string } {
  return { when: (a) => a[given.field] === given.is, answer: given.words }
}
