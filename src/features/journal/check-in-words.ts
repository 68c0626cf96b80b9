// The check-in's questions and choices in words: the form asks them, the table names the kinds.
import type { CheckInProblem } from './check-in-draft'
import type { CheckInKind, Feeling, Pressure } from './journal-data'
import { CHECK_IN_NOT_DELETED, CHECK_IN_NOT_SAVED } from './journal-words'

/** When a check-in was made, as the form asks it and the table shows it. */
export const KIND_WORDS: Readonly<Record<CheckInKind, string>> = {
  before: 'Before the plan',
  session: 'After a session',
  other: 'Another day',
}

/** The PEG-3 questions, in plain words (0 to 10 each). */
export const PEG_QUESTIONS = [
  {
    key: 'pain',
    prompt: 'How bad has your pain been, on average, in the past week?',
    low: 'No pain',
    high: 'As bad as you can imagine',
  },
  {
    key: 'enjoyment',
    prompt: 'How much has pain got in the way of enjoying life, in the past week?',
    low: 'Not at all',
    high: 'Completely',
  },
  {
    key: 'activity',
    prompt: 'How much has pain got in the way of your daily activities, in the past week?',
    low: 'Not at all',
    high: 'Completely',
  },
] as const

export const PRESSURE_WORDS: Readonly<Record<Pressure, string>> = {
  light: 'Light',
  medium: 'Medium',
  firm: 'Firm',
}

export const FEELING_WORDS: Readonly<Record<Feeling, string>> = {
  good: 'Good: relaxing, or it eased the pain',
  ok: 'Okay',
  sore: 'Sore afterwards',
  'too-much': 'Too painful',
}

/** The 0 to 10 scale of a PEG question, its words under 0 and 10. */
export const scale = (low: string, high: string) =>
  Array.from({ length: 11 }, (_, n) => ({
    value: String(n),
    label: String(n),
    hint: n === 0 ? low : n === 10 ? high : undefined,
  }))

/** What the form says when a check-in cannot be saved or deleted. */
export const PROBLEM_WORDS: Readonly<Record<CheckInProblem, string>> = {
  date: 'Choose the date of the check-in: today or an earlier day.',
  'before-plan':
    'This date is before your plan’s first session. Is it right? If so, tap Save again; if not, change the date.',
  scores: 'Choose a number from 0 to 10 for each of the three questions.',
  'not-saved': CHECK_IN_NOT_SAVED,
  'not-deleted': CHECK_IN_NOT_DELETED,
}
