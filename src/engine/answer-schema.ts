/**
 * The answers table: one entry per quiz answer, in the order the quiz asks them. The answer
 * type, the field list, the questions, validation, the share link's letters and the test
 * answer sets are all derived from it, so adding a question starts here and `tsc` names
 * the other places that must change.
 */

interface FieldText {
  /** The question as the person reads it. */
  prompt: string
  /** One line: why we ask. */
  why: string
  /** Short name used in summaries ("Pain level"). */
  short: string
}

interface OptionText {
  label: string
  hint?: string
}

/** A whole number from min to max; its share-link letter is the number in base 36. */
export interface ScaleSpec extends FieldText {
  kind: 'scale'
  min: number
  max: number
  /** Word anchors shown under the scale. */
  anchors: readonly { value: number; label: string }[]
}

/** One of a few named values, each with its own letter in the share link. */
export interface ChoiceSpec extends FieldText {
  kind: 'choice'
  options: readonly (OptionText & { value: string; code: string })[]
}

/** True or false, asked yes first; '1' or '0' in the share link. */
export interface YesNoSpec extends FieldText {
  kind: 'yes-no'
  yes: OptionText
  no: OptionText
}

export type AnswerSpec = ScaleSpec | ChoiceSpec | YesNoSpec

export const ANSWER_SCHEMA = {
  /** Integer 0..10: typical pain this past week on the numeric rating scale. */
  severity: {
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
  /** < 6 weeks, 6-12 weeks, > 12 weeks. */
  duration: {
    kind: 'choice',
    prompt: 'How long have you had this pain?',
    short: 'How long',
    why: 'Long-standing pain often responds to different work than pain that started recently.',
    options: [
      { value: 'acute', code: 'a', label: 'Less than 6 weeks' },
      { value: 'subacute', code: 's', label: '6 to 12 weeks' },
      { value: 'chronic', code: 'c', label: 'More than 12 weeks' },
    ],
  },
  /** Where the pain travels. */
  radiation: {
    kind: 'choice',
    prompt: 'Does the pain travel anywhere?',
    short: 'Where it travels',
    why: 'Pain that spreads from the lower back, such as sciatica, can respond to targeted pressure.',
    options: [
      { value: 'none', code: 'n', label: 'No, it stays in my lower back' },
      { value: 'buttock-thigh', code: 't', label: 'Into my buttock or thigh' },
      { value: 'below-knee', code: 'k', label: 'Down my leg, below the knee' },
    ],
  },
  /** 'no-back': would rather not have the back touched. */
  pressure: {
    kind: 'choice',
    prompt: 'What pressure do you like in a massage?',
    short: 'Pressure',
    why: 'We never send someone who likes light pressure to firm, intense work.',
    options: [
      { value: 'light', code: 'l', label: 'Light and gentle' },
      { value: 'medium', code: 'm', label: 'Medium' },
      { value: 'firm', code: 'f', label: 'Firm and deep' },
      { value: 'no-back', code: 'n', label: 'I would rather not have my back touched' },
    ],
  },
  /** Tight, achy knots; or spots that give sharp or travelling pain when pressed. */
  knots: {
    kind: 'choice',
    prompt: 'Do you have knots in your back muscles?',
    short: 'Knots',
    why: 'Different massage types are made for achy knots and for spots that cause sharp pain.',
    options: [
      { value: 'none', code: 'n', label: 'No knots that I notice' },
      { value: 'achy', code: 'a', label: 'Yes, tight and achy knots' },
      {
        value: 'sharp',
        code: 's',
        label: 'Yes, spots that hurt sharply when pressed',
        hint: 'or send pain somewhere else',
      },
    ],
  },
  /** Tightness, stiffness, reduced range of motion. */
  stiffness: {
    kind: 'yes-no',
    prompt: 'Does your lower back feel tight or stiff?',
    short: 'Stiffness',
    why: 'Some massage types work on stiffness and help you move more freely.',
    yes: { label: 'Yes, it feels tight or stiff', hint: 'or I cannot bend as far as usual' },
    no: { label: 'No, it moves freely' },
  },
  /** Stress or tension makes the pain worse. */
  stress: {
    kind: 'yes-no',
    prompt: 'Does stress or tension make your pain worse?',
    short: 'Stress',
    why: 'Stress can worsen back pain, and relaxing massage helps with it.',
    yes: { label: 'Yes, stress makes it worse' },
    no: { label: 'No, not really' },
  },
} as const satisfies Record<string, AnswerSpec>

type Schema = typeof ANSWER_SCHEMA

type ValueOf<S> = S extends { kind: 'scale' }
  ? number
  : S extends { kind: 'yes-no' }
    ? boolean
    : S extends { options: readonly { value: infer V }[] }
      ? V
      : never

/** One answer per question, as the table defines them (the contract's `QuizAnswers`). */
export type QuizAnswers = { -readonly [K in keyof Schema]: ValueOf<Schema[K]> }

export type AnswerField = keyof Schema

/** The answer fields in question order (the table's key order). */
export const ANSWER_FIELDS = Object.keys(ANSWER_SCHEMA) as readonly AnswerField[]

/** Every valid value of a field, lowest or false first: the order the test answer sets run in. */
export function allowedValues<K extends AnswerField>(field: K): readonly QuizAnswers[K][] {
  const spec: AnswerSpec = ANSWER_SCHEMA[field]
  switch (spec.kind) {
    case 'scale':
      return Array.from({ length: spec.max - spec.min + 1 }, (_, i) => spec.min + i) as QuizAnswers[K][]
    case 'yes-no':
      return [false, true] as QuizAnswers[K][]
    case 'choice':
      return spec.options.map((o) => o.value) as QuizAnswers[K][]
    default:
      return spec satisfies never
  }
}
