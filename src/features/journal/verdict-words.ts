// The verdict's words, by its kind (verdict.ts decides): a kind without words does not compile, and
// another language is another table.
import {
  judgeJournal,
  type Compared,
  type Limit,
  type VerdictDecision,
  type VerdictKind,
  type VerdictOf,
} from './verdict'
import type { CheckIn } from './journal-data'

export interface VerdictWords {
  /** The verdict in a few words ("Too early to tell"). */
  title: string
  /** What the numbers are and what to do, in plain words. */
  text: string
}

/** The verdict with its words. */
export type Verdict = VerdictDecision & VerdictWords

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`
const moreSessions = (n: number) => `${n} more ${n === 1 ? 'session' : 'sessions'}`
const HELP = 'If a warning sign starts, add a check-in and follow its advice.'
// The journal cannot tell the massage from time: back pain often eases on its own.
const OWN_WAY = 'Back pain often eases on its own too, so this cannot show the massage did it.'

/** The pain at the start and now, as one sentence without its full stop. */
function fromStart({ start, now, recent }: Compared): string {
  return recent > 1
    ? `Your pain was ${start.pain} out of 10 at the start, and ${now.pain} on average in your last ${recent} check-ins`
    : `Your pain was ${start.pain} out of 10 at the start and is ${now.pain} now`
}

/** What fell, by the limit it passed. */
const FALL: Readonly<Record<Limit, (v: Compared & { painDrop: number }) => string>> = {
  pain: (v) => `${fromStart(v)}: ${points(v.painDrop)} less.`,
  peg: ({ start, now }) =>
    `Pain gets in the way of your life less than at the start (your 3-question score: ${start.peg} then, ${now.peg} now, out of 10).`,
}

/** What rose at the last check-in, by the limit it passed. */
const ROSE_ONCE: Readonly<Record<Limit, (v: VerdictOf<'worse-once'>) => string>> = {
  pain: ({ start, last }) =>
    `Your pain was ${start.pain} out of 10 at the start and ${last.pain} at your last check-in.`,
  peg: ({ start, last }) =>
    `Pain got in the way of your life more at your last check-in than at the start (your 3-question score: ${start.peg} then, ${last.peg} now, out of 10).`,
}

/** What rose in the last check-ins, after fromStart: by pain in both, or by PEG in one. */
const ROSE: Readonly<Record<Limit, string>> = {
  pain: '',
  peg: ', and it gets in the way of your life more',
}

/**
 * The words of each kind. `nextOption`: the name of the next option on the person's list, or
 * null when there is none.
 */
export const VERDICT_WORDS: {
  readonly [K in VerdictKind]: (verdict: VerdictOf<K>, nextOption: string | null) => VerdictWords
} = {
  empty: () => ({
    title: 'No check-ins yet',
    text: 'Add a check-in before your first session, so you have a starting point to compare with.',
  }),
  'too-early': (v) => ({
    title: 'Too early to tell',
    text:
      v.now === null
        ? 'You have one check-in so far. Check in after each session, and we can compare.'
        : `${fromStart(v)}. No clear change yet. Give it ${moreSessions(v.left)} before you judge.`,
  }),
  'better-so-far': (v) => ({
    title: 'Better so far',
    text: `${FALL[v.by](v)} It is too soon to judge: give it ${moreSessions(v.left)}. ${OWN_WAY}`,
  }),
  better: (v) => ({
    title: 'Better: a change that matters',
    text: `${FALL[v.by](v)} That is a change big enough to matter. ${OWN_WAY}`,
  }),
  // The studies found the massage types about equal, so "try another type" is not the main advice.
  'no-clear-change': (v, nextOption) => ({
    title: `No clear change after ${v.sessions} sessions`,
    text: `${fromStart(v)}. Massage may not be helping you. The one trial that compared two types found them about equal, so talk to a GP or physiotherapist about other options, such as exercise.${nextOption ? ` If you would like to keep massage as one part of it, ${nextOption} is the next type to try.` : ''}`,
  }),
  'worse-once': (v) => ({
    title: 'Worse at your last check-in',
    text: `${ROSE_ONCE[v.by](v)} Soreness for a day or two after a massage is common. Check in again in 2 or 3 days: if you are still worse, pause the massage and see a GP or physiotherapist. ${HELP}`,
  }),
  worse: (v) => ({
    title: 'Worse than when you started',
    text: `${fromStart(v)}${ROSE[v.by]}. Pause the massage and see a GP or physiotherapist in the next week or two. ${HELP}`,
  }),
}

/** The words of a verdict of any kind. */
export function verdictWords<K extends VerdictKind>(
  verdict: VerdictOf<K>,
  nextOption: string | null,
): VerdictWords {
  return VERDICT_WORDS[verdict.kind](verdict, nextOption)
}

/**
 * The verdict on the check-ins (any order) with its words; `nextOption`: the name of the next
 * option on the person's list (null when there is none).
 */
export function journalVerdict(entries: readonly CheckIn[], nextOption: string | null): Verdict {
  const verdict = judgeJournal(entries)
  return { ...verdict, ...verdictWords(verdict, nextOption) }
}
