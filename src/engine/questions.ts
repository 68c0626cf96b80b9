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

export interface ScaleQuestion extends BaseQuestion<'severity'> {
  kind: 'scale'
  min: number
  max: number
  /** Word anchors shown under the scale. */
  anchors: { value: number; label: string }[]
}

export type ChoiceQuestion = {
  [K in Exclude<QuestionId, 'severity'>]: BaseQuestion<K> & {
    kind: 'choice'
    options: readonly ChoiceOption<QuizAnswers[K]>[]
  }
}[Exclude<QuestionId, 'severity'>]

export type Question = ScaleQuestion | ChoiceQuestion

/** The quiz, in the order it is asked. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'severity',
    kind: 'scale',
    prompt: 'How bad has your lower back pain been this past week?',
    short: 'Pain level',
    why: 'Gentle massage suits mild to moderate pain; strong pressure can be too much when pain is severe.',
    min: 0,
    max: 10,
    anchors: [
      { value: 0, label: 'No pain' },
      { value: 5, label: 'Moderate' },
      { value: 10, label: 'Worst imaginable' },
    ],
  },
  {
    id: 'duration',
    kind: 'choice',
    prompt: 'How long have you had this pain?',
    short: 'How long',
    why: 'Long-standing pain often responds to different work than pain that started recently.',
    options: [
      { value: 'acute', label: 'Less than 6 weeks' },
      { value: 'subacute', label: '6 to 12 weeks' },
      { value: 'chronic', label: 'More than 12 weeks' },
    ],
  },
  {
    id: 'radiation',
    kind: 'choice',
    prompt: 'Does the pain travel anywhere?',
    short: 'Where it travels',
    why: 'Pain that spreads from the lower back, such as sciatica, can respond to targeted pressure.',
    options: [
      { value: 'none', label: 'No, it stays in my lower back' },
      { value: 'buttock-thigh', label: 'Into my buttock or thigh' },
      { value: 'below-knee', label: 'Down my leg, below the knee' },
    ],
  },
  {
    id: 'pressure',
    kind: 'choice',
    prompt: 'What pressure do you like in a massage?',
    short: 'Pressure',
    why: 'We never send someone who likes light pressure to firm, intense work.',
    options: [
      { value: 'light', label: 'Light and gentle' },
      { value: 'medium', label: 'Medium' },
      { value: 'firm', label: 'Firm and deep' },
      { value: 'no-back', label: 'I would rather not have my back touched' },
    ],
  },
  {
    id: 'knots',
    kind: 'choice',
    prompt: 'Do you have knots in your back muscles?',
    short: 'Knots',
    why: 'Different massage types are made for achy knots and for spots that cause sharp pain.',
    options: [
      { value: 'none', label: 'No knots that I notice' },
      { value: 'achy', label: 'Yes, tight and achy knots' },
      {
        value: 'sharp',
        label: 'Yes, spots that hurt sharply when pressed',
        hint: 'or send pain somewhere else',
      },
    ],
  },
  {
    id: 'stiffness',
    kind: 'choice',
    prompt: 'Does your lower back feel tight or stiff?',
    short: 'Stiffness',
    why: 'Some massage types work on stiffness and help you move more freely.',
    options: [
      { value: true, label: 'Yes, it feels tight or stiff', hint: 'or I cannot bend as far as usual' },
      { value: false, label: 'No, it moves freely' },
    ],
  },
  {
    id: 'stress',
    kind: 'choice',
    prompt: 'Does stress or tension make your pain worse?',
    short: 'Stress',
    why: 'Stress can worsen back pain, and relaxing massage helps with it.',
    options: [
      { value: true, label: 'Yes, stress makes it worse' },
      { value: false, label: 'No, not really' },
    ],
  },
]

/** The words a person chose for an answer, e.g. "More than 12 weeks" or "7 out of 10". */
export function answerLabel<K extends QuestionId>(id: K, value: QuizAnswers[K]): string {
  const question = QUESTIONS.find((q) => q.id === id)
  if (!question || question.kind === 'scale') return `${String(value)} out of 10`
  const option = (question.options as readonly ChoiceOption<unknown>[]).find((o) => o.value === value)
  return option ? option.label : String(value)
}
