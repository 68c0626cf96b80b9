import { ANSWER_FIELDS } from '../engine'
import type { Step } from '../state/quiz-flow'

/** The only place URLs are built. Router paths, without the '#'. */
export const paths = {
  start: () => '/',
  check: () => '/check',
  /** The safety check's second page, the health conditions. */
  checkConditions: () => '/check/2',
  stop: () => '/stop',
  noMassage: () => '/no-massage',
  /** n counts from 1. */
  question: (n: number) => `/q/${n}`,
  /**
   * The person's own result, read from what this phone saved: the address carries nothing, so
   * copying it never shares a result with less caution than the person's own screen. Shared
   * results are `/r/…` (share/link.ts builds them).
   */
  result: () => '/result',
  card: () => '/card',
  journal: () => '/journal',
  /** The journal's own pages are built in features/journal/journal-paths.ts, out of the first chunk. */
}

/** One question per answer field (the question texts stay out of the first view's JavaScript). */
export const QUESTION_COUNT = ANSWER_FIELDS.length

/** The URL of a step from the store's `nextStep`. */
export function stepPath(step: Step): string {
  switch (step.kind) {
    case 'check':
      return paths.check()
    case 'stop':
      return paths.stop()
    case 'question':
      return paths.question(step.index + 1)
    case 'no-massage':
      return paths.noMassage()
    case 'result':
      return paths.result()
  }
}
