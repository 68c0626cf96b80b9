// What the result screen shows, decided in one pure function from the person (src/person): the
// components only render it. No React and no browser here, so every branch is tested as a table
// (result-view.test.ts), and person.test.ts holds it to every other surface.
import {
  EVIDENCE,
  EVIDENCE_LAST_REVIEWED,
  EVIDENCE_SUMMARY,
  GUIDE_STUDIES,
  MASSAGE_NAMES,
  MASSAGE_PROFILES,
  MASSAGE_TYPES,
  ON_BACK_TYPES,
  PLAIN_NAMES,
  RULED_OUT_WHY,
  SCREENING_TABLE,
  SELF_MASSAGE_TIPS,
  SEVERE_PAIN,
  THERAPIST_TIPS,
  limitName,
  listInWords,
  lowerFirst,
  painReliefAdvice,
  pickBasis,
  pressurePhrase,
  recommend,
  screeningShort,
  selfMassagePlan,
  type Advice,
  type EvidenceSource,
  type Finding,
  type MassageType,
  type PickBasis as EnginePickBasis,
  type PressureAdvice,
  type QuizAnswers,
  type RankedType,
  type ScreeningItem,
  type Tip,
} from '../../engine'
import type { Person, SignSource } from '../../person/person'

/** The pick the page is about: the hero and "Why … suits …", "Worth knowing", "What to expect". */
export interface TopPick {
  type: MassageType
  name: string
  tagline: string
  /** Why it suits: the rules that raised it. Empty only when the safety check left it first (the engine's pick basis). */
  reasons: readonly string[]
  /** What counts against it, shown apart under "Worth knowing". */
  against: readonly string[]
  bestFor: string
  expect: readonly string[]
}

/** Another type, in "Other options" or "Less suited". */
export interface OptionItem {
  type: MassageType
  name: string
  tagline: string
  reasons: readonly string[]
  against: readonly string[]
}

/** The ranking below the top pick, split where the answers stop favouring a type (score above zero). */
export interface Options {
  suited: readonly OptionItem[]
  lessSuited: readonly OptionItem[]
}

/** One sign or condition in the outcome, with its advice and, when noted at a check-in, the day. */
export interface OutcomeFlag {
  key: ScreeningItem
  short: string
  advice: string
  source: SignSource
}

/**
 * The outcome that leads the result: what to do, with who and when. Urgent has its own page
 * (the stop screen), so it is not one of these.
 */
export interface Outcome {
  level: 'clear' | 'caution' | 'doctor-first'
  title: 'Go ahead' | 'Go ahead gently' | 'Go ahead with care' | 'See a doctor first'
  /** The action in a few plain sentences, with the word on pain relief when pain is severe. */
  action: string
  /**
   * Each sign or condition with its own advice (who, and how soon). In the first screen under "See a
   * doctor first"; under "Go ahead with care" the booking line carries it, and the advice is on demand.
   */
  flags: readonly OutcomeFlag[]
}

/**
 * Why the first pick is shown: the answers' own first choice ('match'), the next best once the
 * safety check ruled out types the answers rank higher, or only what the safety check left.
 */
export type PickBasis = 'match' | 'next-best' | 'what-is-left'

/** A type the safety check rules out, with one sentence per item that rules it out. */
export interface RuledOutItem {
  type: MassageType
  name: string
  because: readonly { key: ScreeningItem; text: string }[]
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

/** What the person's own result shows around the pick, or around "nothing fits". */
interface OwnResultParts {
  outcome: Outcome
  /** With no doctor-first sign (clear or caution): the signs that need help now, and those that need a doctor today, lower-cased, to watch for. */
  watchFor: WatchFor | null
  others: Options
  ruledOut: readonly RuledOutItem[]
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
      basis: PickBasis
      eyebrow: string
      /** For a pick that is only what is left: which types were ruled out, in a sentence. */
      leftNote: string | null
      /** For the next best once the safety check ruled out types the answers rank higher: which, in a sentence. */
      nextBestNote: string | null
      /** The pick's strongest reasons (up to two), shown in the first screen; none before a doctor agrees. */
      strongest: readonly string[]
      /** The heading over them: only a match or the next best "suits"; what is left has reasons "for it". */
      strongestHeading: string
      /** What to ask for when booking, in one line to copy ("Ask for: …. Tell them: …."). */
      booking: string
      therapistTips: readonly Tip[]
      selfMassage: readonly SelfMassageTip[] | null
      research: Research
      shareText: string
      /** The types a 6-week plan may try (the person's planTypes). */
      planTypes: readonly MassageType[]
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

const OUTCOME_TITLES = {
  clear: 'Go ahead',
  caution: 'Go ahead with care',
  'doctor-first': 'See a doctor first',
} as const

/** The words above the pick's name: "best match" only for a match, and never before a doctor has agreed. */
const EYEBROWS = {
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
} as const

/** What Share says with the link: "my match" only for a match the person can go ahead with. */
const SHARE_TEXTS = {
  'go-ahead': {
    match: 'My massage match for lower back pain',
    'next-best': 'A massage suggestion for my lower back pain',
    'what-is-left': 'A massage suggestion for my lower back pain',
  },
  'doctor-first': {
    match: 'A massage suggestion for my lower back pain, once my doctor agrees',
    'next-best': 'A massage suggestion for my lower back pain, once my doctor agrees',
    'what-is-left': 'A massage suggestion for my lower back pain, once my doctor agrees',
  },
} as const

/** Reasons shown in the first screen; the rest are one tap away. */
const STRONGEST = 2

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

const WATCH_FOR: WatchFor = {
  now: signs((e) => e.watchFor && e.soon === 'now' && e.call !== 'first'),
  callNow: signs((e) => e.watchFor && e.call === 'first'),
  today: signs((e) => e.watchFor && e.soon === 'today'),
  urgentGp: signs((e) => e.soon === 'urgent-gp'),
}

/** With pain that travels below the knee: when to see a GP about the leg (NHS advice on sciatica). */
export const LEG_PAIN_ADVICE =
  'See a GP if the pain in your leg has not improved after a few weeks, is getting worse, or stops you doing your normal activities.'

/** With pain of more than 12 weeks: what helps most (the ACP guideline does not list massage for it). */
export const LASTING_PAIN_ADVICE =
  'For pain of more than 12 weeks, exercise helps most; massage can go alongside it.'

function toTopPick(pick: RankedType): TopPick {
  const profile = MASSAGE_PROFILES[pick.type]
  return {
    type: pick.type,
    name: MASSAGE_NAMES[pick.type],
    tagline: profile.tagline,
    reasons: pick.reasons,
    against: pick.against,
    bestFor: profile.bestFor,
    expect: profile.expect,
  }
}

function toOption(r: RankedType): OptionItem {
  return {
    type: r.type,
    name: MASSAGE_NAMES[r.type],
    tagline: MASSAGE_PROFILES[r.type].tagline,
    reasons: r.reasons,
    against: r.against,
  }
}

/** A type at or below zero is not one the answers favour, so it is not offered as an option. */
function toOptions(rest: readonly RankedType[]): Options {
  return {
    suited: rest.filter((r) => r.score > 0).map(toOption),
    lessSuited: rest.filter((r) => r.score <= 0).map(toOption),
  }
}

/** The outcome; with severe pain, the word on pain relief comes with it (and "gently" when clear). */
function toOutcome(
  level: Outcome['level'],
  flags: Outcome['flags'],
  pain: string | null,
  answers: QuizAnswers,
): Outcome {
  const told = listInWords(flags.map((f) => lowerFirst(f.short)))
  const leg = [
    // With severe pain, the word on pain relief already says to keep moving: the first screen stays short.
    ...(answers.duration === 'chronic' && !pain ? [LASTING_PAIN_ADVICE] : []),
    ...(answers.radiation === 'below-knee' ? [LEG_PAIN_ADVICE] : []),
  ]
    .map((line) => ` ${line}`)
    .join('')
  const action =
    level === 'clear'
      ? `${pain ?? 'Massage may ease back pain for a short time. Keep moving too.'}${leg}`
      : level === 'caution'
        ? `You can book a massage. Tell the therapist about ${told} before it starts.${pain ? ` ${pain}` : ''}${leg}`
        : 'Do not book a massage yet.'
  const title = level === 'clear' && pain ? 'Go ahead gently' : OUTCOME_TITLES[level]
  return { level, title, action, flags }
}

/** A type as a booking: "a 60-minute trigger point therapy session". */
function asSession(type: MassageType): string {
  return `${PLAIN_NAMES[type]} session`
}

/**
 * The booking line: the pick, the pressure (pressureToAsk, reconciled with every caution), and what
 * to tell the therapist: each sign or condition, and pain that travels below the knee.
 */
function bookingLine(
  type: MassageType,
  answers: QuizAnswers,
  pressure: PressureAdvice,
  outcome: Outcome,
): string {
  const ask = `a 60-minute ${asSession(type)}, ${pressurePhrase(pressure)}.`
  const told = [
    ...outcome.flags.map((f) => lowerFirst(f.short)),
    ...(answers.radiation === 'below-knee' ? ['pain that travels below the knee'] : []),
  ]
  const tell = told.length > 0 ? ` Tell them: ${listInWords(told)}.` : ''
  return outcome.level === 'doctor-first'
    ? `Once your doctor agrees, ask for ${ask}${tell}`
    : `Ask for: ${ask}${tell}`
}

/**
 * A reason that rests on the pressure the person likes (a 'preference' rule) carries the limit a
 * caution, severe pain or pain below the knee sets, so "Why this suits you" never contradicts the
 * booking line.
 */
function withPressureLimit(pick: RankedType, answers: QuizAnswers, pressure: PressureAdvice): RankedType {
  if (pressure.overriddenBy.length === 0 || pressure.pressure === pressure.preferred) return pick
  const limit = `${listInWords(pressure.overriddenBy.map((l) => limitName(l, answers)))}: ${pressurePhrase(pressure)}`
  const grounds = pick.grounds.map((g) =>
    g.kind === 'preference' && g.points > 0 ? { ...g, text: `${g.text} (With ${limit}.)` } : g,
  )
  return {
    ...pick,
    grounds,
    reasons: grounds.filter((g) => g.points > 0).map((g) => g.text),
  }
}

/** The words and parts every own result shares, picked or not. */
function ownParts(
  person: Person,
  { answers, advice, pressure }: { answers: QuizAnswers; advice: Advice; pressure: PressureAdvice },
  rest: readonly RankedType[],
  hasPick: boolean,
): OwnResultParts {
  const flags = person.signs.map(({ flag, source }) => ({
    key: flag.item,
    short: screeningShort(flag.item),
    advice: flag.advice,
    source,
  }))
  return {
    outcome: toOutcome(
      advice.level as Outcome['level'],
      flags,
      hasPick ? painReliefAdvice(answers) : null,
      answers,
    ),
    watchFor: advice.flags.every((f) => f.level === 'caution') ? WATCH_FOR : null,
    others: toOptions(rest),
    ruledOut: advice.avoided.map((a) => ({
      type: a.type,
      name: MASSAGE_NAMES[a.type],
      because: a.because.map((item) => ({
        key: item,
        text: `Because of ${lowerFirst(screeningShort(item))}: ${RULED_OUT_WHY[item]}`,
      })),
    })),
    pressure,
    avoid: advice.avoided.map((a) => a.type),
  }
}

const OFF_BACK_TYPES = MASSAGE_TYPES.filter((type) => !ON_BACK_TYPES.includes(type))

/** What the person's own result shows, from the person (their answers and their safety state now). */
export function ownResultView(person: Person): OwnResultView {
  if (person.level === 'urgent') return { kind: 'stop' }
  const { answers, advice, pressure } = person
  if (!answers || !advice || !pressure) return { kind: 'no-result' }
  if (advice.picks.length === 0) return { kind: 'no-massage' }

  if (advice.basis.kind === 'nothing-fits') {
    const feet = person.signs.filter(({ flag }) => OFF_BACK_TYPES.some((type) => flag.avoid.includes(type)))
    return {
      kind: 'nothing-fits',
      ...ownParts(person, { answers, advice, pressure }, advice.picks, false),
      note: advice.basis.note,
      instead: [
        ...feet.map(({ flag }) => flag.advice),
        'Keep moving: exercise and stretching help back pain most. A GP or physiotherapist can suggest other options.',
        'If you would be open to massage on your back after all, change your answer about pressure.',
      ],
    }
  }

  const [first, ...rest] = advice.picks as [RankedType, ...RankedType[]]
  const top = toTopPick(withPressureLimit(first, answers, pressure))
  const parts = ownParts(person, { answers, advice, pressure }, rest, true)
  const plan = selfMassagePlan(advice, answers)
  const basis: PickBasis =
    advice.basis.kind === 'match' || advice.basis.kind === 'next-best' ? advice.basis.kind : 'what-is-left'
  const stage = parts.outcome.level === 'doctor-first' ? 'doctor-first' : 'go-ahead'
  return {
    kind: 'pick',
    ...parts,
    top,
    basis,
    eyebrow: EYEBROWS[stage][basis],
    leftNote: basis === 'what-is-left' ? advice.basis.note : null,
    nextBestNote: basis === 'next-best' ? advice.basis.note : null,
    // With severe pain the outcome already says why the work must be gentle: one reason beside it.
    strongest:
      parts.outcome.level !== 'doctor-first'
        ? top.reasons.slice(0, answers.severity >= SEVERE_PAIN ? 1 : STRONGEST)
        : [],
    strongestHeading: basis === 'what-is-left' ? 'What speaks for it' : 'Why this suits you',
    booking: bookingLine(first.type, answers, pressure, parts.outcome),
    therapistTips: THERAPIST_TIPS,
    selfMassage: plan.show
      ? [
          // The ball and the roller are firm pressure on the back; heat the person applies themselves.
          ...(plan.ballAndRoller
            ? [
                { tip: SELF_MASSAGE_TIPS.ball, hasTimer: false },
                { tip: SELF_MASSAGE_TIPS.roller, hasTimer: true },
              ]
            : []),
          { tip: SELF_MASSAGE_TIPS.heat, hasTimer: false },
        ]
      : null,
    research: {
      summary: EVIDENCE_SUMMARY,
      sources: EVIDENCE,
      guide: GUIDE_STUDIES,
      reviewed: EVIDENCE_LAST_REVIEWED,
    },
    shareText: `${SHARE_TEXTS[stage][basis]}: ${top.name}`,
    planTypes: person.planTypes,
  }
}

const SHARED_EYEBROWS: Readonly<Record<EnginePickBasis['kind'], string>> = {
  match: 'Best match for the shared answers',
  'next-best': 'Next best for the shared answers',
  'what-is-left': 'What is left for the shared answers',
  'nothing-fits': '',
  none: '',
}

/** What a shared result shows: the link's answers ranked, less what the sender's safety check ruled out. */
export function sharedResultView(answers: QuizAnswers, avoid: readonly MassageType[] = []): SharedResultView {
  const { ranked } = recommend(answers)
  const picks = ranked.filter((r) => !avoid.includes(r.type))
  const basis = pickBasis(ranked, picks, answers.pressure)
  const [first, ...rest] = basis.kind === 'nothing-fits' ? [] : picks
  return {
    top: first ? toTopPick(first) : null,
    eyebrow: SHARED_EYEBROWS[basis.kind],
    strongest: first ? first.reasons.slice(0, STRONGEST) : [],
    others: toOptions(basis.kind === 'nothing-fits' ? picks : rest),
    adjusted: avoid.length > 0,
  }
}
