// Where the quiz flow's next step lives (src/state/quiz-flow.ts), as an address: apart from the URL
// table, which the page's entry script reads and which must not carry the engine.
import { ANSWER_FIELDS } from '../engine'
import type { Step } from '../state/quiz-flow'
import { paths } from './paths'

/** One question per answer field (the question texts stay out of the first view's JavaScript). */
export const QUESTION_COUNT = ANSWER_FIELDS.length

/** The URL of a step from the quiz flow's `nextStep`. */
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
