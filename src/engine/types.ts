import type { QuizAnswers } from './answer-schema'
import type { MassageType } from './catalog'
import type { ScreeningItem } from './screening'

// The unions are derived from their tables (catalog.ts, screening.ts): adding a row there adds the id.
export type { MassageType, ScreeningItem }

/** Derived from the answers table: add a question there. */
export type { QuizAnswers }

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

/** Every type once each, highest score first. */
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
