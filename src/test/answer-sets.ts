import { ANSWER_FIELDS, allowedValues, type QuizAnswers } from '../engine'

/**
 * Every possible answer set (4,752), built from the answers table: the first field varies
 * slowest. rank-massages.test.ts checks the count and answer-schema.test.ts the type, against the contract.
 */
export function allAnswerSets(): QuizAnswers[] {
  let sets: Partial<QuizAnswers>[] = [{}]
  for (const field of ANSWER_FIELDS) {
    sets = sets.flatMap((set) => allowedValues(field).map((value) => ({ ...set, [field]: value })))
  }
  // Every field has now been filled in.
  return sets as QuizAnswers[]
}

/**
 * Every answer set is checked in the normal run. Under mutation testing (MUTATION_STRIDE, set by
 * vitest.stryker.config.ts) only every n-th one is, so each mutant runs in reasonable time.
 */
export const STRIDE = Number(process.env.MUTATION_STRIDE ?? '1')
export const sample = <T>(list: readonly T[]): T[] => list.filter((_, i) => i % STRIDE === 0)

/** The fields every hand-written fixture spells out: the ones the quiz asked when they were written. */
type FixtureFields = 'severity' | 'duration' | 'radiation' | 'pressure' | 'knots' | 'stiffness' | 'stress'

export type FixtureAnswers = Pick<QuizAnswers, FixtureFields> & Partial<QuizAnswers>

/**
 * A hand-written test answer set, complete. A field added to the quiz later takes its first
 * value (lowest, first option, or false) unless given, so existing fixtures need no edit.
 */
export function answerSet(given: FixtureAnswers): QuizAnswers {
  const entries = ANSWER_FIELDS.map((field) => [field, given[field] ?? allowedValues(field)[0]])
  return Object.fromEntries(entries) as QuizAnswers
}
