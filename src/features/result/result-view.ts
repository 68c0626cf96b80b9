// What the result screen shows, decided in pure functions from the person (src/person): the
// components only render it. No React and no browser here, so every branch is tested as a table
// (result-view.test.ts), and person.test.ts holds it to every other surface. Each decision is its
// own function returning a kind and its data (outcome.ts, booking.ts, ranking-view.ts); the words
// come from tables keyed by those kinds (result-words.ts). This module puts them together.
import {
  EVIDENCE,
  EVIDENCE_LAST_REVIEWED,
  EVIDENCE_SUMMARY,
  GUIDE_STUDIES,
  MASSAGE_TYPES,
  ON_BACK_TYPES,
  SELF_MASSAGE_TIPS,
  SEVERE_PAIN,
  THERAPIST_TIPS,
  painReliefAdvice,
  screeningShort,
  selfMassagePlan,
  type Advice,
  type EvidenceSource,
  type Finding,
  type MassageType,
  type PressureAdvice,
  type QuizAnswers,
  type RankedType,
  type Tip,
} from '../../engine'
import type { Person } from '../../person/person'
import { completeList } from '../../shared/complete-list'
import { decideBooking } from './booking'
import {
  decideOutcome,
  WATCH_FOR,
  type OutcomeFlag,
  type OutcomeKind,
  type OutcomeLevel,
  type WatchFor,
} from './outcome'
import {
  pickStanding,
  ruledOutItems,
  toOptions,
  toTopPick,
  withPressureLimit,
  type Options,
  type RuledOutItem,
  type ShownBasis,
  type TopPick,
} from './ranking-view'
import { sharedPick } from './shared-pick'
import { bookingWords, EYEBROWS, outcomeWords, SHARE_TEXTS, STRONGEST_HEADINGS } from './result-words'

/** The outcome that leads the result, in words: what to do, with who and when. */
export interface Outcome {
  kind: OutcomeKind
  level: OutcomeLevel
  title: string
  /** The action in a few plain sentences, with the word on pain relief when pain is severe. */
  action: string
  /** Each sign or condition with its own advice: see OutcomeDecision. */
  flags: readonly OutcomeFlag[]
}

/** A self-massage tip; the foam roller carries the timer. */
export interface SelfMassageTip {
  tip: Tip
  hasTimer: boolean
}

/** What the research says: the summary, each source with its strength and link, when last checked. */
export interface Research {
  summary: readonly string[]
  sources: readonly EvidenceSource[]
  /** The studies the guide reports, with what we could check beside each. */
  guide: readonly Finding[]
  /** ISO date. */
  reviewed: string
}

/**
 * What each section of the own result (after the decision, each opening on demand) shows, by its
 * id. own-result.tsx draws each through a table keyed by these ids, in an order that names them
 * all: a section added here and not drawn there does not compile.
 */
export interface SectionData {
  /** Under "Go ahead with care": each caution with its advice. */
  'what-you-ticked': readonly OutcomeFlag[]
  /** The way to a 6-week plan: the types it may try (the person's planTypes). */
  plan: readonly MassageType[]
  'more-about': TopPick
  /** The ranking below the pick (with nothing fitting, all of it). */
  options: Options
  /** The types the safety check rules out; for the next best, which it ruled out above it, in a sentence. */
  'ruled-out': { note: string | null; items: readonly RuledOutItem[] }
  'self-massage': readonly SelfMassageTip[]
  /** With no doctor-first sign (clear or caution): the signs to watch for, grouped by what to do. */
  'watch-for': WatchFor
  'therapist-tips': readonly Tip[]
  research: Research
}

export type SectionId = keyof SectionData

/** The order the sections are read in, the person's own first; it names every one. */
export const SECTION_ORDER = completeList<SectionId>()([
  'what-you-ticked',
  'plan',
  'more-about',
  'options',
  'ruled-out',
  'self-massage',
  'watch-for',
  'therapist-tips',
  'research',
])

/** The sections this person's result shows, each with what it shows; one not shown is absent. */
export type Sections = { readonly [K in SectionId]?: SectionData[K] }

/** What the person's own result shows around the pick, or around "nothing fits". */
interface OwnResultParts {
  outcome: Outcome
  sections: Sections
  /** The pressure to ask for, as the booking line, the card and self-massage use it. */
  pressure: PressureAdvice
  /** The types the safety check ruled out: Share sends them (never the conditions). */
  avoid: readonly MassageType[]
}

/** The person's own result, past the safety check (the route sends urgent and no-massage elsewhere). */
export type OwnResultView =
  | { kind: 'stop' | 'no-massage' | 'no-result' }
  | (OwnResultParts & {
      kind: 'pick'
      top: TopPick
      basis: ShownBasis
      eyebrow: string
      /** For a pick that is only what is left: which types were ruled out, in a sentence. */
      leftNote: string | null
      /** The pick's strongest reasons (up to two), shown in the first screen; none before a doctor agrees. */
      strongest: readonly string[]
      /** The heading over them: only a match or the next best "suits"; what is left has reasons "for it". */
      strongestHeading: string
      /** What to ask for when booking, in one line to copy ("Ask for: …. Tell them: …."). */
      booking: string
      shareText: string
    })
  | (OwnResultParts & {
      /** The person would rather not have the back touched, and the safety check left only types on the back. */
      kind: 'nothing-fits'
      /** Why, in a sentence (the engine's). */
      note: string
      /** What the person can do instead, each a sentence. */
      instead: readonly string[]
    })

/**
 * A result opened from a link, without the viewer's own safety check: the ranking for the link's
 * answers, less the types the sender's safety check ruled out (version-2 links), so it shows the
 * sender's first pick. `adjusted` when types were left out; `top` is null when all were, or when
 * the only ones left work on a back the sender would rather not have touched.
 */
export interface SharedResultView {
  top: TopPick | null
  /** The words above the pick's name: a match for the shared answers, or what the sender's check left. */
  eyebrow: string
  /** The pick's strongest reasons, as the sender saw them first. */
  strongest: readonly string[]
  others: Options
  adjusted: boolean
}

/** Reasons shown in the first screen; the rest are one tap away. */
const STRONGEST = 2

const RESEARCH: Research = {
  summary: EVIDENCE_SUMMARY,
  sources: EVIDENCE,
  guide: GUIDE_STUDIES,
  reviewed: EVIDENCE_LAST_REVIEWED,
}

/** The self-massage the safety check allows: the ball and the roller are firm pressure on the back; heat the person applies themselves. */
function selfMassageTips(advice: Advice, answers: QuizAnswers): SelfMassageTip[] | undefined {
  const plan = selfMassagePlan(advice, answers)
  if (!plan.show) return undefined
  return [
    ...(plan.ballAndRoller
      ? [
          { tip: SELF_MASSAGE_TIPS.ball, hasTimer: false },
          { tip: SELF_MASSAGE_TIPS.roller, hasTimer: true },
        ]
      : []),
    { tip: SELF_MASSAGE_TIPS.heat, hasTimer: false },
  ]
}

/** The outcome, and the sections every own result shares, picked or not. */
function ownParts(
  person: Person,
  advice: Advice,
  answers: QuizAnswers,
  rest: readonly RankedType[],
  hasPick: boolean,
) {
  const flags = person.signs.map(({ flag, source }) => ({
    key: flag.item,
    short: screeningShort(flag.item),
    advice: flag.advice,
    source,
  }))
  // Urgent never reaches here: ownResultView sends it to the stop screen first.
  const level = advice.level as OutcomeLevel
  const decision = decideOutcome(level, flags, hasPick ? painReliefAdvice(answers) : null, answers)
  const outcome: Outcome = { kind: decision.kind, level, flags, ...outcomeWords(decision) }
  const sections: Sections = {
    'what-you-ticked': decision.level === 'caution' ? flags : undefined,
    options: toOptions(rest),
    'ruled-out': advice.avoided.length > 0 ? { note: null, items: ruledOutItems(advice) } : undefined,
    'watch-for': advice.flags.every((f) => f.level === 'caution') ? WATCH_FOR : undefined,
  }
  return { decision, outcome, sections }
}

const OFF_BACK_TYPES = MASSAGE_TYPES.filter((type) => !ON_BACK_TYPES.includes(type))

/** What the person's own result shows, from the person (their answers and their safety state now). */
export function ownResultView(person: Person): OwnResultView {
  if (person.level === 'urgent') return { kind: 'stop' }
  const { answers, advice, pressure } = person
  if (!answers || !advice || !pressure) return { kind: 'no-result' }
  if (advice.picks.length === 0) return { kind: 'no-massage' }
  const avoid = advice.avoided.map((a) => a.type)
  if (advice.basis.kind === 'nothing-fits') {
    const { outcome, sections } = ownParts(person, advice, answers, advice.picks, false)
    return {
      kind: 'nothing-fits',
      outcome,
      sections,
      pressure,
      avoid,
      note: advice.basis.note,
      instead: instead(person),
    }
  }
  const [first, ...rest] = advice.picks as [RankedType, ...RankedType[]]
  const top = toTopPick(withPressureLimit(first, answers, pressure))
  const { decision, outcome, sections } = ownParts(person, advice, answers, rest, true)
  const { basis, stage } = pickStanding(advice.basis, decision.level)
  return {
    kind: 'pick',
    outcome,
    pressure,
    avoid,
    top,
    basis,
    eyebrow: EYEBROWS[stage][basis],
    leftNote: basis === 'what-is-left' ? advice.basis.note : null,
    // With severe pain the outcome already says why the work must be gentle: one reason beside it.
    strongest:
      stage === 'go-ahead' ? top.reasons.slice(0, answers.severity >= SEVERE_PAIN ? 1 : STRONGEST) : [],
    strongestHeading: STRONGEST_HEADINGS[basis],
    booking: bookingWords(decideBooking(first.type, answers, pressure, decision)),
    shareText: `${SHARE_TEXTS[stage][basis]}: ${top.name}`,
    sections: {
      ...sections,
      plan: person.planTypes.length > 0 ? person.planTypes : undefined,
      'more-about': top,
      'ruled-out': sections['ruled-out'] && {
        ...sections['ruled-out'],
        note: basis === 'next-best' ? advice.basis.note : null,
      },
      'self-massage': selfMassageTips(advice, answers),
      'therapist-tips': THERAPIST_TIPS,
      research: RESEARCH,
    },
  }
}

/** With nothing that fits: what the person can do instead, the feet's own advice first. */
function instead(person: Person): string[] {
  const feet = person.signs.filter(({ flag }) => OFF_BACK_TYPES.some((type) => flag.avoid.includes(type)))
  return [
    ...feet.map(({ flag }) => flag.advice),
    'Keep moving: exercise and stretching help back pain most. A GP or physiotherapist can suggest other options.',
    'If you would be open to massage on your back after all, change your answer about pressure.',
  ]
}

/** What a shared result shows: the link's answers ranked, less what the sender's safety check ruled out. */
export function sharedResultView(answers: QuizAnswers, avoid: readonly MassageType[] = []): SharedResultView {
  const { first, rest, eyebrow, adjusted } = sharedPick(answers, avoid)
  return {
    top: first ? toTopPick(first) : null,
    eyebrow,
    strongest: first ? first.reasons.slice(0, STRONGEST) : [],
    others: toOptions(rest),
    adjusted,
  }
}
