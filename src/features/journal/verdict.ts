// The plain verdict on a journal: has anything changed that matters? The thresholds are data
// (THRESHOLDS) from the research the issue cites; verdict.test.ts holds them to a table of journals.
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

export type VerdictKind =
  'empty' | 'too-early' | 'better-so-far' | 'better' | 'no-clear-change' | 'worse-once' | 'worse'

export interface Verdict {
  kind: VerdictKind
  /** The verdict in a few words ("Too early to tell"). */
  title: string
  /** What the numbers are and what to do, in plain words. */
  text: string
  /** The starting and current scores, when there are both. */
  start: { pain: number; peg: number } | null
  now: { pain: number; peg: number } | null
  /** Sessions had after the starting point: the count every "after n sessions" means. */
  sessions: number
  /** No check-in was marked "before the plan": the first check-in is the starting point. */
  firstAsStart: boolean
}

const round1 = (n: number) => Math.round(n * 10) / 10
const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`

/**
 * The smallest fall in pain that matters from a starting score: 1 point from mild pain (0-3),
 * 2 from moderate (4-6), 3 from severe (7-10). From 9, a fall to 7 is not yet one.
 */
export function painChangeThatMatters(start: number): number {
  return THRESHOLDS.painBands.find((band) => start >= band.from)?.points ?? 1
}

/**
 * The verdict from the check-ins (any order) and the name of the next option on the person's
 * list (null when there is none). Never says more than the numbers: a fall that matters is only
 * "better so far" until the 5th session after the start and "a change that matters" from then,
 * never proof that the massage did it; one bad check-in is not yet "worse".
 */
export function journalVerdict(entries: readonly CheckIn[], nextOption: string | null): Verdict {
  const sorted = sortCheckIns(entries)
  const sessions = sessionsAfterStart(sorted)
  const startAt = startIndex(sorted)
  const first = sorted[startAt]
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
  const later = sorted.slice(startAt + 1)
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

  // Worse, for one check-in: pain up by 2 points, or PEG up by 1 while pain is no lower.
  const painWorseIn = (e: CheckIn) => e.pain - start.pain >= THRESHOLDS.worsePoints
  const worseIn = (e: CheckIn) =>
    painWorseIn(e) || (pegScore(e) - start.peg >= THRESHOLDS.pegPoints && e.pain >= start.pain)
  const help = 'If a warning sign starts, add a check-in and follow its advice.'
  // Soreness for a day or two after deep work is common, so "worse" needs the last two
  // check-ins in a row; one alone only says to check again soon.
  if (recent.length === THRESHOLDS.recentCount && recent.every(worseIn)) {
    const painWorse = recent.every(painWorseIn)
    return {
      ...shown,
      kind: 'worse',
      title: 'Worse than when you started',
      text: `${from}${painWorse ? '' : ', and it gets in the way of your life more'}. Pause the massage and see a GP or physiotherapist in the next week or two. ${help}`,
    }
  }
  const last = recent[recent.length - 1]!
  if (worseIn(last)) {
    const what = painWorseIn(last)
      ? `Your pain was ${start.pain} out of 10 at the start and ${last.pain} at your last check-in.`
      : `Pain got in the way of your life more at your last check-in than at the start (your 3-question score: ${start.peg} then, ${pegScore(last)} now, out of 10).`
    return {
      ...shown,
      kind: 'worse-once',
      title: 'Worse at your last check-in',
      text: `${what} Soreness for a day or two after a massage is common. Check in again in 2 or 3 days: if you are still worse, pause the massage and see a GP or physiotherapist. ${help}`,
    }
  }
  const painBetter = painDrop > 0 && painDrop >= painChangeThatMatters(start.pain)
  // PEG alone is not "better" while the pain itself has gone up.
  const pegBetter = pegDrop >= THRESHOLDS.pegPoints && painDrop >= 0
  const left = THRESHOLDS.sessionsToJudge - sessions
  const moreSessions = `${left} more ${left === 1 ? 'session' : 'sessions'}`
  // The journal cannot tell the massage from time: back pain often eases on its own.
  const ownWay = 'Back pain often eases on its own too, so this cannot show the massage did it.'
  if (painBetter || pegBetter) {
    const what = painBetter
      ? `${from}: ${points(painDrop)} less.`
      : `Pain gets in the way of your life less than at the start (your 3-question score: ${start.peg} then, ${now.peg} now, out of 10).`
    if (left > 0) {
      return {
        ...shown,
        kind: 'better-so-far',
        title: 'Better so far',
        text: `${what} It is too soon to judge: give it ${moreSessions}. ${ownWay}`,
      }
    }
    return {
      ...shown,
      kind: 'better',
      title: 'A change that matters',
      text: `${what} That is a change big enough to matter. ${ownWay}`,
    }
  }
  if (left <= 0) {
    // The studies found the massage types about equal, so "try another type" is not the main advice.
    const next = nextOption ? ` You could also try ${nextOption}.` : ''
    return {
      ...shown,
      kind: 'no-clear-change',
      title: `No clear change after ${sessions} sessions`,
      text: `${from}. Massage may not be helping you. The one trial that compared two types found them about equal, so talk to a GP or physiotherapist about other options, such as exercise.${next}`,
    }
  }
  return {
    ...shown,
    kind: 'too-early',
    title: 'Too early to tell',
    text: `${from}. No clear change yet. Give it ${moreSessions} before you judge.`,
  }
}
