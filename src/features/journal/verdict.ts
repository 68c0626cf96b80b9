// The plain verdict on a journal: has anything changed that matters? This file decides, as a kind
// and the data its words need; verdict-words.ts says it. The thresholds are data (THRESHOLDS) from
// the research the issue cites; verdict.test.ts holds them to a table of journals.
import { pegScore, sessionsAfterStart, sortCheckIns, startIndex, type CheckIn } from './journal-data'

export const THRESHOLDS = {
  /**
   * A fall in pain that matters, by the starting pain (docs/decisions/0017-a-change-that-matters.md):
   * 2 points or 30% (Ostelo 2008), about 1 point for mild pain and 3 to 4 for severe. The first
   * band whose `from` the start reaches, counting down.
   */
  painBands: [
    { from: 7, points: 3 },
    { from: 4, points: 2 },
    { from: 0, points: 1 },
  ],
  /** A rise in pain that counts as worse: 2 points, whatever the start (said sooner rather than later). */
  worsePoints: 2,
  /** A PEG-3 change that matters: about 1 point on its average. */
  pegPoints: 1,
  /**
   * Judge after 4-6 sessions: "a change that matters" and "no clear change" wait for 5 sessions
   * after the starting point (sessionsAfterStart), since the change is measured from there. Before
   * that, a fall is only "better so far": back pain often eases on its own in the first weeks.
   */
  sessionsToJudge: 5,
  /** The latest check-ins averaged for "now", so one bad or good day does not decide. */
  recentCount: 2,
} as const

/** Pain and the PEG-3 average (the 3-question score), each 0 to 10. */
export interface Scores {
  pain: number
  peg: number
}

/** Which limit a change passed: the pain score's, or the 3-question score's (PEG). */
export type Limit = 'pain' | 'peg'

/** The start compared with now: what every verdict after the first check-in stands on. */
export interface Compared {
  start: Scores
  /** The average of the latest `recent` check-ins after the start. */
  now: Scores
  /** How many check-ins `now` averages: 1, or THRESHOLDS.recentCount. */
  recent: number
}

/** Each kind of verdict, with the data its words need. */
interface VerdictData {
  /** No check-in yet. */
  empty: { start: null; now: null }
  /** Only the starting check-in (`now` null), or no clear change yet, `left` sessions before judging. */
  'too-early': { start: Scores; now: null } | (Compared & { left: number })
  /** A fall that passed `by`'s limit, `left` sessions before it can be judged. */
  'better-so-far': Compared & { by: Limit; painDrop: number; left: number }
  /** A fall that passed `by`'s limit and lasted to the sessions to judge by. */
  better: Compared & { by: Limit; painDrop: number }
  /** The sessions to judge by are had, and nothing passed a limit. */
  'no-clear-change': Compared
  /** The last check-in is worse than the start, by `by`'s limit. */
  'worse-once': Compared & { by: Limit; last: Scores }
  /** The last two check-ins are worse than the start: by pain in both, or by PEG in one of them. */
  worse: Compared & { by: Limit }
}

export type VerdictKind = keyof VerdictData

/** What every kind carries. */
interface Counted {
  /** Sessions had after the starting point: the count every "after n sessions" means. */
  sessions: number
  /** No check-in was marked "before the plan": the first check-in is the starting point. */
  firstAsStart: boolean
}

/** A verdict of one kind, with its data. */
export type VerdictOf<K extends VerdictKind> = { kind: K } & VerdictData[K] & Counted

/** The verdict: one of its kinds, with that kind's data. */
export type VerdictDecision = { [K in VerdictKind]: VerdictOf<K> }[VerdictKind]

const round1 = (n: number) => Math.round(n * 10) / 10
const scoresOf = (entry: CheckIn): Scores => ({ pain: entry.pain, peg: pegScore(entry) })

/**
 * The smallest fall in pain that matters from a starting score: 1 point from mild pain (0-3),
 * 2 from moderate (4-6), 3 from severe (7-10). From 9, a fall to 7 is not yet one.
 */
export function painChangeThatMatters(start: number): number {
  return THRESHOLDS.painBands.find((band) => start >= band.from)?.points ?? 1
}

/**
 * The verdict on the check-ins (any order). Never more than the numbers say: a fall that matters
 * is only "better so far" until the 5th session after the start and "better" from then, never
 * proof that the massage did it; one bad check-in is not yet "worse".
 */
export function judgeJournal(entries: readonly CheckIn[]): VerdictDecision {
  const sorted = sortCheckIns(entries)
  const startAt = startIndex(sorted)
  const first = sorted[startAt]
  const sessions = sessionsAfterStart(sorted)
  if (!first) return { kind: 'empty', start: null, now: null, sessions, firstAsStart: false }
  const counted = { sessions, firstAsStart: first.kind !== 'before' }
  const start = scoresOf(first)
  const recent = sorted.slice(startAt + 1).slice(-THRESHOLDS.recentCount)
  if (recent.length === 0) return { ...counted, kind: 'too-early', start, now: null }
  const now = {
    pain: round1(recent.reduce((sum, e) => sum + e.pain, 0) / recent.length),
    peg: round1(recent.reduce((sum, e) => sum + pegScore(e), 0) / recent.length),
  }
  const compared = { ...counted, start, now, recent: recent.length }
  return worse(compared, recent) ?? better(compared) ?? unchanged(compared)
}

/**
 * Worse, for one check-in: pain up by 2 points, or PEG up by 1 while pain is no lower. Soreness for
 * a day or two after deep work is common, so "worse" needs the last two check-ins in a row; one
 * alone is "worse once", which says to check again soon.
 */
function worse(compared: Compared & Counted, recent: readonly CheckIn[]): VerdictDecision | null {
  const { start } = compared
  const painWorseIn = (e: CheckIn) => e.pain - start.pain >= THRESHOLDS.worsePoints
  const worseIn = (e: CheckIn) =>
    painWorseIn(e) || (pegScore(e) - start.peg >= THRESHOLDS.pegPoints && e.pain >= start.pain)
  const byOf = (list: readonly CheckIn[]): Limit => (list.every(painWorseIn) ? 'pain' : 'peg')
  if (recent.length === THRESHOLDS.recentCount && recent.every(worseIn))
    return { ...compared, kind: 'worse', by: byOf(recent) }
  const last = recent[recent.length - 1]!
  if (!worseIn(last)) return null
  return { ...compared, kind: 'worse-once', by: byOf([last]), last: scoresOf(last) }
}

/** A fall that matters in pain, or in PEG while the pain itself has not gone up. */
function better(compared: Compared & Counted): VerdictDecision | null {
  const { start, now, sessions } = compared
  const painDrop = round1(start.pain - now.pain)
  const pegDrop = round1(start.peg - now.peg)
  const painBetter = painDrop > 0 && painDrop >= painChangeThatMatters(start.pain)
  const pegBetter = pegDrop >= THRESHOLDS.pegPoints && painDrop >= 0
  if (!painBetter && !pegBetter) return null
  const by: Limit = painBetter ? 'pain' : 'peg'
  const left = THRESHOLDS.sessionsToJudge - sessions
  return left > 0
    ? { ...compared, kind: 'better-so-far', by, painDrop, left }
    : { ...compared, kind: 'better', by, painDrop }
}

/** Neither worse nor better: too early, or no clear change once there have been enough sessions. */
function unchanged(compared: Compared & Counted): VerdictDecision {
  const left = THRESHOLDS.sessionsToJudge - compared.sessions
  return left > 0 ? { ...compared, kind: 'too-early', left } : { ...compared, kind: 'no-clear-change' }
}
