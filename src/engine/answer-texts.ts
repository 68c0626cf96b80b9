import type { ANSWER_SCHEMA, AnswerField } from './answer-schema'

/** What the person reads for one option: its label, or its label with a hint under it. */
export type OptionText = string | { label: string; hint: string }

interface FieldText {
  /** The question as the person reads it. */
  prompt: string
  /** One line: why we ask. */
  why: string
  /** Short name used in summaries ("Pain level"). */
  short: string
}

type Schema = typeof ANSWER_SCHEMA

/** The words a field needs, by its kind in the answers table: every value of a choice gets its words. */
type TextsFor<S> = FieldText &
  (S extends { kind: 'scale' }
    ? { anchors: readonly { value: number; label: string }[] }
    : S extends { kind: 'yes-no' }
      ? { yes: OptionText; no: OptionText }
      : S extends { options: readonly { value: infer V extends string }[] }
        ? { options: Readonly<Record<V, OptionText>> }
        : never)

/**
 * The words of each question, for every field and value of the answers table (answer-schema.ts):
 * a new field or value there fails to compile here until it has its words.
 */
export const ANSWER_TEXTS = {
  severity: {
    prompt: 'How bad has your lower back pain been this past week?',
    short: 'Pain level',
    why: 'Gentle massage suits mild to moderate pain; strong pressure can be too much when pain is severe.',
    anchors: [
      { value: 0, label: 'No pain' },
      { value: 5, label: 'Moderate' },
      { value: 10, label: 'Worst imaginable' },
    ],
  },
  duration: {
    prompt: 'How long have you had this pain?',
    short: 'How long',
    why: 'The guide names deep tissue massage for long-standing pain; for newer pain we suggest a gentle start.',
    options: { acute: 'Less than 6 weeks', subacute: '6 to 12 weeks', chronic: 'More than 12 weeks' },
  },
  radiation: {
    prompt: 'Does the pain travel anywhere?',
    short: 'Where it travels',
    why: 'The guide suggests trigger point therapy for pain that spreads from the lower back, though there is little research on it. Pain below the knee calls for gentle pressure.',
    options: {
      none: 'No, it stays in my lower back',
      'buttock-thigh': 'Into my buttock or thigh',
      'below-knee': 'Down my leg, below the knee',
    },
  },
  pressure: {
    prompt: 'What pressure do you like in a massage?',
    short: 'Pressure',
    why: 'We never send someone who likes light pressure to firm, intense work.',
    options: {
      light: 'Light and gentle',
      medium: 'Medium',
      firm: 'Firm and deep',
      'no-back': 'I would rather not have my back touched',
    },
  },
  knots: {
    prompt: 'Do you have knots in your back muscles?',
    short: 'Knots',
    why: 'The guide names different massage types for achy knots and for spots that hurt sharply.',
    options: {
      none: 'No knots that I notice',
      achy: 'Yes, tight and achy knots',
      sharp: { label: 'Yes, spots that hurt sharply when pressed', hint: 'or send pain somewhere else' },
    },
  },
  stiffness: {
    prompt: 'Does your lower back feel tight or stiff?',
    short: 'Stiffness',
    why: 'Some massage types work on stiffness and help you move more freely.',
    yes: { label: 'Yes, it feels tight or stiff', hint: 'or I cannot bend as far as usual' },
    no: 'No, it moves freely',
  },
  stress: {
    prompt: 'Does stress or tension make your pain worse?',
    short: 'Stress',
    why: 'Stress can make back pain worse, and a relaxing massage may help you unwind.',
    yes: 'Yes, stress makes it worse',
    no: 'No, not really',
  },
} as const satisfies { [K in AnswerField]: TextsFor<Schema[K]> }
