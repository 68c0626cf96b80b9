import type { QuizAnswers } from './answer-schema'

export type MassageType = 'swedish' | 'deep-tissue' | 'trigger-point' | 'myofascial-release' | 'reflexology'

/** Derived from the answers table: add a question there. */
export type { QuizAnswers }

export type ScreeningItem =
  | 'osteoporosis'
  | 'bleeding-disorder'
  | 'skin-condition'
  | 'pregnancy'
  | 'bladder-bowel-change'
  | 'saddle-numbness'
  | 'leg-weakness'
  | 'fever'
  | 'weight-loss'
  | 'cancer-history'
  | 'recent-trauma'
  | 'recent-surgery'
  | 'blood-clot'

/** Ordered, mildest first. */
export type Level = 'clear' | 'caution' | 'doctor-first' | 'urgent'

export interface Flag {
  item: ScreeningItem
  level: Exclude<Level, 'clear'>
  /** Plain words for the person. */
  advice: string
  /** Types this item rules out for now. */
  avoid: MassageType[]
}

/** level = the most serious flag's level, 'clear' when none. */
export interface ScreeningResult {
  level: Level
  flags: Flag[]
}

export interface RankedType {
  type: MassageType
  score: number
  /** Why this type suits the answers: the rules that raised its score. */
  reasons: string[]
  /** What counts against it: the rules that lowered its score (added beside the contract's fields). */
  against: string[]
}

/** All five types once each, highest score first. */
export interface Recommendation {
  ranked: RankedType[]
}

export interface Advice {
  level: Level
  flags: Flag[]
  /** Allowed types, best first; [] when level is 'urgent'. */
  picks: RankedType[]
  /** Types ruled out by the screening. */
  avoided: { type: MassageType; because: ScreeningItem[] }[]
}

export type ParseResult = { ok: true; value: QuizAnswers } | { ok: false; errors: string[] }
