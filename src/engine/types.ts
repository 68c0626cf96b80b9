import type { QuizAnswers } from './answer-schema'
import type { MassageType } from './catalog'
import type { ScreeningItem } from './screening-items'

// The unions are derived from their tables (catalog.ts; screening-items.ts, which screening.ts's
// table is held to): adding a row there adds the id.
export type { MassageType, ScreeningItem }

/** Derived from the answers table: add a question there. */
export type { QuizAnswers }

/**
 * How much a rule weighs, by where its line of thought comes from (docs/decisions/0007-rule-weights.md):
 * - 'preference': the pressure the person said they like; honoured unless safety overrides it.
 * - 'severe-pain': pain of SEVERE_PAIN or more keeps firm and focused work out of the way.
 * - 'best-for': one of the guide's specific "Best for" lines (sharp knots, sciatica, stiffness...).
 * - 'support': a generic line of the guide or common clinical sense: it only tips a close call.
 */
export type RuleKind = 'preference' | 'severe-pain' | 'best-for' | 'support'

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
  /** Every rule that moved it, strongest first: `reasons` and `against` are their words (added beside the contract's fields). */
  grounds: Ground[]
}

/** One rule's part in a type's score: which rule, its kind, its points, and its words. */
export interface Ground {
  rule: string
  kind: RuleKind
  points: number
  text: string
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
  /** Why the first pick is first (added beside the contract's fields). */
  basis: PickBasis
}

/**
 * Why the first pick is first. 'match': the answers' own first choice. 'next-best': the screening
 * ruled out types the answers rank higher. 'what-is-left': only the screening put it first (the
 * answers do not favour it, or it is the one type left): show it as what is left, never as "your
 * best match". 'nothing-fits': the person would rather not have the back touched and the screening
 * left only types on the back: no pick to show. 'none': no picks at all.
 */
export interface PickBasis {
  kind: 'match' | 'next-best' | 'what-is-left' | 'nothing-fits' | 'none'
  /** The ruled-out types the answers rank above the first pick, in ranking order. */
  ruledOutAbove: MassageType[]
  /** One or two plain sentences for 'next-best', 'what-is-left' and 'nothing-fits'; '' otherwise. */
  note: string
}

export type ParseResult = { ok: true; value: QuizAnswers } | { ok: false; errors: string[] }
