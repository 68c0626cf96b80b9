// The quiz's flow, pure: where a person picks up, from what is saved. The safety check comes
// first; an urgent sign, from the check or noted at a check-in, stops the quiz.
import {
  ANSWER_FIELDS,
  noMassageItems,
  parseAnswers,
  URGENT_ITEMS,
  type QuizAnswers,
  type ScreeningItem,
} from '../engine'
import type { Saved } from './saved-progress'

/** Where a person picks up: the safety check, the stop, a question (0-based index), or the result. */
export type Step =
  | { kind: 'check' }
  | { kind: 'stop' }
  | { kind: 'question'; index: number }
  | { kind: 'no-massage' }
  | { kind: 'result' }

const URGENT = new Set(URGENT_ITEMS)

/** True when a ticked item means: get medical help now, no massage questions. */
export function hasUrgentItem(items: readonly ScreeningItem[] | null): boolean {
  return items !== null && items.some((item) => URGENT.has(item))
}

/** Every sign and condition that applies now: the safety check's, then those noted at check-ins since. */
export function safetyItems({ screening, noted }: Pick<Saved, 'screening' | 'noted'>): ScreeningItem[] {
  return [...new Set([...(screening ?? []), ...noted.map((n) => n.item)])]
}

/** Index of the first question with no answer, or -1 when all are answered. */
export function firstUnansweredIndex(answers: Partial<QuizAnswers>): number {
  return ANSWER_FIELDS.findIndex((field) => answers[field] === undefined)
}

/** The first step not yet done: an urgent sign stops everything, then the safety check comes first. */
export function nextStep(saved: Pick<Saved, 'answers' | 'screening' | 'noted'>): Step {
  const items = safetyItems(saved)
  if (hasUrgentItem(items)) return { kind: 'stop' }
  if (saved.screening === null) return { kind: 'check' }
  // Every type ruled out: no questions, the safety outcome on its own screen.
  if (noMassageItems(items).length > 0) return { kind: 'no-massage' }
  const index = firstUnansweredIndex(saved.answers)
  if (index >= 0) return { kind: 'question', index }
  return parseAnswers(saved.answers).ok ? { kind: 'result' } : { kind: 'question', index: 0 }
}
