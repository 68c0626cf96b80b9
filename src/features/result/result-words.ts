// The words of the result's decisions, one table per decision, keyed by its kinds: a kind without
// words does not compile. The decisions (outcome.ts, booking.ts, ranking-view.ts) say nothing.
import { PLAIN_NAMES, listInWords, lowerFirst, pressurePhrase, screeningShort } from '../../engine'
import type { BookingDecision, TellItem } from './booking'
import type { FollowingAdvice, OutcomeDecision, OutcomeKind, WatchFor } from './outcome'
import type { ShownBasis, Stage } from './ranking-view'

/** With pain that travels below the knee: when to see a GP about the leg (NHS advice on sciatica). */
export const LEG_PAIN_ADVICE =
  'See a GP if the pain in your leg has not improved after a few weeks, is getting worse, or stops you doing your normal activities.'

/** With pain of more than 12 weeks: what helps most (the ACP guideline does not list massage for it). */
export const LASTING_PAIN_ADVICE =
  'For pain of more than 12 weeks, exercise helps most; massage can go alongside it.'

/** Each outcome's title, and the action it opens with (`told`: the signs and conditions, in a list). */
const OUTCOME_WORDS: Readonly<Record<OutcomeKind, { title: string; lead: (told: string) => string }>> = {
  'go-ahead': {
    title: 'Go ahead',
    lead: () => 'Massage may ease back pain for a short time. Keep moving too.',
  },
  // The word on pain relief is the action.
  'go-ahead-gently': { title: 'Go ahead gently', lead: () => '' },
  'go-ahead-with-care': {
    title: 'Go ahead with care',
    lead: (told) => `You can book a massage. Tell the therapist about ${told} before it starts.`,
  },
  'see-a-doctor-first': { title: 'See a doctor first', lead: () => 'Do not book a massage yet.' },
}

const FOLLOWING_WORDS: Readonly<Record<FollowingAdvice, string>> = {
  'lasting-pain': LASTING_PAIN_ADVICE,
  'leg-pain': LEG_PAIN_ADVICE,
}

/** The outcome's title and its action in a few plain sentences. */
export function outcomeWords(outcome: OutcomeDecision): { title: string; action: string } {
  const words = OUTCOME_WORDS[outcome.kind]
  const told = listInWords(outcome.flags.map((f) => lowerFirst(f.short)))
  const action = [
    words.lead(told),
    outcome.painRelief ?? '',
    ...outcome.following.map((f) => FOLLOWING_WORDS[f]),
  ]
  return { title: words.title, action: action.filter((line) => line !== '').join(' ') }
}

/** The booking line around what to ask for ("a 60-minute … session, <pressure>."). */
const BOOKING_WORDS: Readonly<Record<BookingDecision['kind'], (ask: string) => string>> = {
  ask: (ask) => `Ask for: ${ask}`,
  'once-doctor-agrees': (ask) => `If your doctor agrees, ask for ${ask}`,
}

const tellWords = (item: TellItem) =>
  item === 'below-knee' ? 'pain that travels below the knee' : lowerFirst(screeningShort(item))

/** What to ask for when booking, in one line to copy ("Ask for: …. Tell them: …."). */
export function bookingWords(booking: BookingDecision): string {
  const ask = `a 60-minute ${PLAIN_NAMES[booking.type]} session, ${pressurePhrase(booking.pressure)}.`
  const tell = booking.tell.length > 0 ? ` Tell them: ${listInWords(booking.tell.map(tellWords))}.` : ''
  return `${BOOKING_WORDS[booking.kind](ask)}${tell}`
}

/** The words above the pick's name: "best match" only for a match, and never before a doctor has agreed. */
export const EYEBROWS: Readonly<Record<Stage, Record<ShownBasis, string>>> = {
  'go-ahead': {
    match: 'Your best match',
    'next-best': 'The next best for you',
    'what-is-left': 'What is left',
  },
  'doctor-first': {
    match: 'If your doctor agrees',
    'next-best': 'If your doctor agrees: the next best',
    'what-is-left': 'If your doctor agrees: what is left',
  },
}

/** What Share says with the link, before the pick's name: "my match" only for a match the person can go ahead with. */
export const SHARE_TEXTS: Readonly<Record<Stage, Record<ShownBasis, string>>> = {
  'go-ahead': {
    match: 'My massage match for lower back pain',
    'next-best': 'A massage suggestion for my lower back pain',
    'what-is-left': 'A massage suggestion for my lower back pain',
  },
  'doctor-first': {
    match: 'A massage suggestion for my lower back pain, if my doctor agrees',
    'next-best': 'A massage suggestion for my lower back pain, if my doctor agrees',
    'what-is-left': 'A massage suggestion for my lower back pain, if my doctor agrees',
  },
}

/** The heading over the pick's strongest reasons: only a match or the next best "suits". */
export const STRONGEST_HEADINGS: Readonly<Record<ShownBasis, string>> = {
  match: 'Why this suits you',
  'next-best': 'Why this suits you',
  'what-is-left': 'What speaks for it',
}

/** What to do for each group of warning signs, in the order they are read. */
export const WATCH_FOR_WORDS: Readonly<Record<keyof WatchFor, string>> = {
  now: 'Get medical help now (go to an emergency department or call your local emergency number) if any of these start:',
  callNow: 'Call your local emergency number now for:',
  today: 'See a doctor today for:',
  urgentGp: 'Ask for an urgent appointment with a doctor, today or tomorrow, for:',
}
