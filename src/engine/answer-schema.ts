/**
 * The answers table: one entry per quiz answer, in the order the quiz asks them, with the values
 * each may take and their letters in the share link. The answer type, the field list,
 * validation, the link's letters and the test answer sets are derived from it; the words the
 * person reads are in answer-texts.ts, which tsc holds complete against this table (the words
 * load with the quiz, not with the app's first chunk). Adding a question starts here and `tsc`
 * names the other places that must change.
 */

/** A whole number from min to max; its share-link letter is the number in base 36. */
export interface ScaleSpec {
  kind: 'scale'
  min: number
  max: number
}

/** One of a few named values, each with its own letter in the share link. */
export interface ChoiceSpec<V extends string = string> {
  kind: 'choice'
  options: readonly { value: V; code: string }[]
}

/** True or false, asked yes first; '1' or '0' in the share link. */
export interface YesNoSpec {
  kind: 'yes-no'
}

export type AnswerSpec = ScaleSpec | ChoiceSpec | YesNoSpec

/** A choice's values in the order written (kebab-case ids, so the object keeps it), with their letters. */
function choice<const V extends string>(codes: Readonly<Record<V, string>>): ChoiceSpec<V> {
  const options = Object.entries<string>(codes).map(([value, code]) => ({ value: value as V, code }))
  return { kind: 'choice', options }
}

/** Each row: the field, its kind and, for a choice, every value with its share-link letter. */
export const ANSWER_SCHEMA = {
  /** Integer 0..10: typical pain this past week on the numeric rating scale. */
  severity: { kind: 'scale', min: 0, max: 10 },
  /** < 6 weeks, 6-12 weeks, > 12 weeks. */
  duration: choice({ acute: 'a', subacute: 's', chronic: 'c' }),
  /** Where the pain travels. */
  radiation: choice({ none: 'n', 'buttock-thigh': 't', 'below-knee': 'k' }),
  /** 'no-back': would rather not have the back touched. */
  pressure: choice({ light: 'l', medium: 'm', firm: 'f', 'no-back': 'n' }),
  /** Tight, achy knots; or spots that give sharp or travelling pain when pressed. */
  knots: choice({ none: 'n', achy: 'a', sharp: 's' }),
  /** Tightness, stiffness, reduced range of motion. */
  stiffness: { kind: 'yes-no' },
  /** Stress or tension makes the pain worse. */
  stress: { kind: 'yes-no' },
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
