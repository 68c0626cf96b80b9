// What the outcome that leads the result decides, as a kind and its data; its words are in
// result-words.ts.
import { SCREENING_TABLE, type QuizAnswers, type ScreeningItem } from '../../engine'
import type { SignSource } from '../../person/person'

/** The outcome's level: urgent has its own page (the stop screen), so it is not one of these. */
export type OutcomeLevel = 'clear' | 'caution' | 'doctor-first'

/** Which outcome: clear splits in two, gently when the pain is severe. */
export type OutcomeKind = 'go-ahead' | 'go-ahead-gently' | 'go-ahead-with-care' | 'see-a-doctor-first'

/** Advice that follows the outcome's action, in this order. */
export type FollowingAdvice = 'lasting-pain' | 'leg-pain'

/** One sign or condition in the outcome, with its advice and, when noted at a check-in, the day. */
export interface OutcomeFlag {
  key: ScreeningItem
  short: string
  advice: string
  source: SignSource
}

export interface OutcomeDecision {
  kind: OutcomeKind
  level: OutcomeLevel
  /**
   * Each sign or condition with its own advice (who, and how soon). In the first screen under "See a
   * doctor first"; under "Go ahead with care" the booking line carries it, and the advice is on demand.
   */
  flags: readonly OutcomeFlag[]
  /** The engine's word on pain relief, with severe pain and a pick to go ahead with; else null. */
  painRelief: string | null
  following: readonly FollowingAdvice[]
}

/**
 * The outcome: what to do, with who and when. With severe pain the word on pain relief comes with
 * it (and "gently" when clear), and already says to keep moving, so the word on lasting pain is
 * left out to keep the first screen short; before a doctor agrees, nothing follows.
 */
export function decideOutcome(
  level: OutcomeLevel,
  flags: readonly OutcomeFlag[],
  painRelief: string | null,
  answers: QuizAnswers,
): OutcomeDecision {
  if (level === 'doctor-first')
    return { kind: 'see-a-doctor-first', level, flags, painRelief: null, following: [] }
  const following: FollowingAdvice[] = [
    ...(answers.duration === 'chronic' && !painRelief ? (['lasting-pain'] as const) : []),
    ...(answers.radiation === 'below-knee' ? (['leg-pain'] as const) : []),
  ]
  const kind = level === 'caution' ? 'go-ahead-with-care' : painRelief ? 'go-ahead-gently' : 'go-ahead'
  return { kind, level, flags, painRelief, following }
}

/**
 * The warning signs to watch for, each as the safety check words it, grouped by what to do: an
 * emergency department or the emergency number now; the emergency number first (chest pain); a
 * doctor today; an urgent appointment with a doctor (the NHS's "see a GP urgently").
 */
export interface WatchFor {
  now: readonly string[]
  callNow: readonly string[]
  today: readonly string[]
  urgentGp: readonly string[]
}

const signs = (has: (e: (typeof SCREENING_TABLE)[number]) => boolean) =>
  SCREENING_TABLE.filter((e) => e.group === 'warning-sign' && has(e)).map((e) => e.prompt)

export const WATCH_FOR: WatchFor = {
  now: signs((e) => e.watchFor && e.soon === 'now' && e.call !== 'first'),
  callNow: signs((e) => e.watchFor && e.call === 'first'),
  today: signs((e) => e.watchFor && e.soon === 'today'),
  urgentGp: signs((e) => e.soon === 'urgent-gp'),
}
