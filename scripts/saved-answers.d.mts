import type { QuizAnswers, ScreeningItem } from '../src/engine'
import type { FixtureAnswers } from '../src/test/answer-sets'

/** See scripts/saved-answers.mjs. */
export declare const SAVE_KEY: string
export declare function saved(
  answers: Partial<QuizAnswers>,
  screening: readonly ScreeningItem[] | null,
): Record<string, string>
/** The fields the quiz asked when they were written: src/test/people.ts completes them. */
export declare const CHRONIC_FIRM: FixtureAnswers
export declare const ACUTE_LIGHT: FixtureAnswers
export declare const EVERY_SECTION: FixtureAnswers
