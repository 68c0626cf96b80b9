// The plain verdict on a journal: has anything changed that matters? The thresholds are data
// (THRESHOLDS) from the research the issue cites; verdict.test.ts holds them to a table of journals.
import { pegScore, sessionCount, sortCheckIns, type CheckIn } from './journal-data'

export const THRESHOLDS = {
  /** A pain change that matters (Ostelo 2008): 2 points on the 0-10 scale, or 30% of the starting score. */
  painPoints: 2,
  painShare: 0.3,
  /** A PEG-3 change that matters: about 1 point on its average. */
  pegPoints: 1,
  /** Judge after 4-6 sessions: the verdict "no clear change" waits for 5. */
  sessionsToJudge: 5,
  /** The latest check-ins averaged for "now", so one bad or good day does not decide. */
  recentCount: 2,
} as const

export type VerdictKind = 'empty' | 'too-early' | 'better' | 'no-clear-change' | 'worse'

export interface Verdict {
  kind: VerdictKind
  /** The verdict in a few words ("Too early to tell"). */
  title: string
  /** What the numbers are and what to do, in plain words. */
  text: string
  /** The starting and current scores, when there are both. */
  start: { pain: number; peg: number } | null
  now: { pain: number; peg: number } | null
  sessions: number
  /** No check-in was marked "before the plan": the first check-in is the starting point. */
  firstAsStart: boolean
}

const round1 = (n: number) => Math.round(n * 10) / 10
const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`

/** The smallest fall in pain that matters from a starting score: 2 points, or 30% when that is less. */
export function painChangeThatMatters(start: number): number {
  return Math.min(THRESHOLDS.painPoints, THRESHOLDS.painShare * start)
}

/**
 * The verdict from the check-ins (any order) and the name of the next option on the person's
 * list (null when there is none). Never says more than the numbers: a fall that matters is "a
 * change that matters", not proof that the massage did it.
 */
export function journalVerdict(entries: readonly CheckIn[], nextOption: string | null): Verdict {
  const sorted = sortCheckIns(entries)
  const sessions = sessionCount(sorted)
  const startIndex = Math.max(
    0,
    sorted.findIndex((e) => e.kind === 'before'),
  )
  const first = sorted[startIndex]
  const base = { sessions, start: null, now: null, firstAsStart: false }
  if (!first) {
    return {
      ...base,
      kind: 'empty',
      title: 'No check-ins yet',
      text: 'Add a check-in before your first session, so you have a starting point to compare with.',
    }
  }
  const firstAsStart = first.kind !== 'before'
  const start = { pain: first.pain, peg: pegScore(first) }
  const later = sorted.slice(startIndex + 1)
  if (later.length === 0) {
    return {
      ...base,
      start,
      firstAsStart,
      kind: 'too-early',
      title: 'Too early to tell',
      text: 'You have one check-in so far. Check in after each session, and we can compare.',
    }
  }
  const recent = later.slice(-THRESHOLDS.recentCount)
  const now = {
    pain: round1(recent.reduce((sum, e) => sum + e.pain, 0) / recent.length),
    peg: round1(recent.reduce((sum, e) => sum + pegScore(e), 0) / recent.length),
  }
  const painDrop = round1(start.pain - now.pain)
  const pegDrop = round1(start.peg - now.peg)
  const shown = { ...base, start, now, firstAsStart }
  const from =
    recent.length > 1
      ? `Your pain was ${start.pain} out of 10 at the start, and ${now.pain} on average in your last ${recent.length} check-ins`
      : `Your pain was ${start.pain} out of 10 at the start and is ${now.pain} now`

  const painWorse = -painDrop >= THRESHOLDS.painPoints
  const pegWorse = -pegDrop >= THRESHOLDS.pegPoints && painDrop <= 0
  if (painWorse || pegWorse) {
    return {
      ...shown,
      kind: 'worse',
      title: 'Worse than when you started',
      text: `${from}${painWorse ? '' : ', and it gets in the way of your life more'}. Stop the massage and see a GP.`,
    }
  }
  const painBetter = painDrop > 0 && painDrop >= painChangeThatMatters(start.pain)
  const pegBetter = pegDrop >= THRESHOLDS.pegPoints
  if (painBetter || pegBetter) {
    const what = painBetter
      ? `${from}: ${points(painDrop)} less.`
      : `Pain gets in the way of your life less than at the start (${start.peg} then, ${now.peg} now, out of 10).`
    return {
      ...shown,
      kind: 'better',
      title: 'A change that matters',
      text: `${what} That is a change big enough to matter. It cannot prove the massage did it, but it is a good sign.`,
    }
  }
  if (sessions >= THRESHOLDS.sessionsToJudge) {
    const next = nextOption ? `the next option on your list (${nextOption})` : 'another option'
    return {
      ...shown,
      kind: 'no-clear-change',
      title: `No clear change after ${sessions} sessions`,
      text: `${from}. Consider ${next}, or talk to a physiotherapist or GP.`,
    }
  }
  const left = THRESHOLDS.sessionsToJudge - sessions
  return {
    ...shown,
    kind: 'too-early',
    title: 'Too early to tell',
    text: `${from}. No clear change yet. Give it ${left} more ${left === 1 ? 'session' : 'sessions'} before you judge.`,
  }
}
