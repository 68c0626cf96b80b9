import { ANSWER_FIELDS, ANSWER_SCHEMA, type AnswerSpec } from './answer-schema'
import { ANSWER_TEXTS, type OptionText } from './answer-texts'
import type { QuizAnswers } from './types'

export type QuestionId = keyof QuizAnswers

export interface ChoiceOption<V> {
  value: V
  label: string
  hint?: string
}

interface BaseQuestion<K extends QuestionId> {
  id: K
  /** The question as the person reads it. */
  prompt: string
  /** One line: why we ask. */
  why: string
  /** Short name used in summaries ("Pain level"). */
  short: string
}

type Schema = typeof ANSWER_SCHEMA
type ScaleId = { [K in QuestionId]: Schema[K] extends { kind: 'scale' } ? K : never }[QuestionId]
type ChoiceId = Exclude<QuestionId, ScaleId>

export interface ScaleQuestion extends BaseQuestion<ScaleId> {
  kind: 'scale'
  min: number
  max: number
  /** Word anchors shown under the scale. */
  anchors: { value: number; label: string }[]
}

/** Choice and yes/no answers alike: the screens show both as a list of options. */
export type ChoiceQuestion = {
  [K in ChoiceId]: BaseQuestion<K> & {
    kind: 'choice'
    options: readonly ChoiceOption<QuizAnswers[K]>[]
  }
}[ChoiceId]

export type Question = ScaleQuestion | ChoiceQuestion

function option<V>(value: V, text: OptionText): ChoiceOption<V> {
  return typeof text === 'string' ? { value, label: text } : { value, label: text.label, hint: text.hint }
}

function toQuestion(id: QuestionId): Question {
  const spec: AnswerSpec = ANSWER_SCHEMA[id]
  // The texts table has the same keys and kinds as the schema (tsc holds it so); one field's shape here.
  const text = ANSWER_TEXTS[id] as {
    prompt: string
    short: string
    why: string
    anchors?: readonly { value: number; label: string }[]
    options?: Readonly<Record<string, OptionText>>
    yes?: OptionText
    no?: OptionText
  }
  const base = { id, prompt: text.prompt, short: text.short, why: text.why }
  // `id` is a union here, so TS cannot pair it with its own value type; the table guarantees they match.
  switch (spec.kind) {
    case 'scale':
      return {
        ...base,
        kind: 'scale',
        min: spec.min,
        max: spec.max,
        anchors: [...(text.anchors ?? [])],
      } as Question
    case 'choice': {
      const options = spec.options.map((o) => option(o.value, text.options?.[o.value] ?? o.value))
      return { ...base, kind: 'choice', options } as Question
    }
    case 'yes-no': {
      // Shown as a choice, yes first.
      const options = [option(true, text.yes ?? 'Yes'), option(false, text.no ?? 'No')]
      return { ...base, kind: 'choice', options } as Question
    }
    default:
      return spec satisfies never
  }
}

/** The quiz, in the order it is asked; built from the answers table. */
export const QUESTIONS: readonly Question[] = ANSWER_FIELDS.map(toQuestion)

/** The words a person chose for an answer, e.g. "More than 12 weeks" or "7 out of 10". */
export function answerLabel<K extends QuestionId>(id: K, value: QuizAnswers[K]): string {
  const question = QUESTIONS.find((q) => q.id === id)
  if (!question || question.kind === 'scale') return `${String(value)} out of 10`
  const option = (question.options as readonly ChoiceOption<unknown>[]).find((o) => o.value === value)
  return option ? option.label : String(value)
}
