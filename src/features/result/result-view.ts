// What the result screen shows, decided in one pure function: the components only render it.
// No React and no browser here, so every branch is tested as a table (result-view.test.ts).
import {
  EVIDENCE,
  EVIDENCE_LAST_REVIEWED,
  EVIDENCE_SUMMARY,
  GUIDE_STUDIES,
  MASSAGE_NAMES,
  MASSAGE_PROFILES,
  RULES,
  PLAIN_NAMES,
  RULED_OUT_WHY,
  SCREENING_TABLE,
  SELF_MASSAGE_TIPS,
  SEVERE_PAIN,
  THERAPIST_TIPS,
  advise,
  painReliefAdvice,
  pressureToAsk,
  recommend,
  screeningShort,
  selfMassagePlan,
  type Advice,
  type EvidenceSource,
  type Finding,
  type MassageType,
  type QuizAnswers,
  type RankedType,
  type ScreeningItem,
  type Tip,
} from '../../engine'

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
   * Each ticked item with its own advice (who, and how soon). In the first screen under "See a
   * doctor first"; under "Go ahead with care" the booking line carries it, and the advice is on demand.
   */
  flags: readonly { key: ScreeningItem; short: string; advice: string }[]
}

/**
 * Why the first pick is shown: a match for the answers, only what the safety check left (no
 * answer points to it), or either of those once a doctor agrees.
 */
export type PickBasis = 'match' | 'what-is-left'

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

/** The person's own result, past the safety check. */
export type OwnResultView =
  | {
      /** Something needs medical help now: no massage at all, a way to the stop screen. */
      kind: 'urgent'
    }
  | {
      /** 'all-ruled-out': the safety check rules out every type, so there is no top pick. */
      kind: 'pick' | 'all-ruled-out'
      top: TopPick | null
      outcome: Outcome
      /** Why the pick is shown; the words above its name follow from it and the outcome. */
      basis: PickBasis
      eyebrow: string
      /** For a pick that is only what is left: which types were ruled out, in a sentence. */
      leftNote: string | null
      /** For the next best once the safety check ruled out types the answers rank higher: which, in a sentence. */
      nextBestNote: string | null
      /** The pick's strongest reasons (up to two), shown in the first screen; none before a doctor agrees. */
      strongest: readonly string[]
      /** What to ask for when booking, in one line to copy ("Ask for: …. Tell them: …."). */
      booking: string | null
      /** With a clear screening and a pick: the warning signs to watch for, lower-cased. */
      /**
       * With no warning sign ticked (clear or caution): the signs that need help now, and those that
       * need a doctor today, lower-cased, to watch for.
       */
      watchFor: { now: readonly string[]; today: readonly string[] } | null
      others: Options
      ruledOut: readonly RuledOutItem[]
      therapistTips: readonly Tip[] | null
      selfMassage: readonly SelfMassageTip[] | null
      /** What the research says: the summary, each source with its strength and link, when last checked. */
      research: {
        summary: readonly string[]
        sources: readonly EvidenceSource[]
        /** The studies the guide reports, with what we could check beside each. */
        guide: readonly Finding[]
        /** ISO date. */
        reviewed: string
      } | null
      shareText: string
      /** The types the safety check ruled out: Share sends them (never the conditions). */
      avoid: readonly MassageType[]
    }

/**
 * A result opened from a link, without the viewer's own safety check: the ranking for the link's
 * answers, less the types the sender's safety check ruled out (version-2 links), so it shows the
 * sender's first pick. `adjusted` when types were left out; `top` is null when all were.
 */
export interface SharedResultView {
  top: TopPick | null
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

/** The words above the pick's name: never "your best match" before a doctor has agreed. */
const EYEBROWS = {
  'go-ahead': { match: 'Your best match', 'what-is-left': 'What is left' },
  'doctor-first': { match: 'If your doctor agrees', 'what-is-left': 'If your doctor agrees: what is left' },
} as const

/** Reasons shown in the first screen; the rest are one tap away. */
const STRONGEST = 2

/** The warning signs to watch for, as the table marks them (the urgent ones and a fever). */
const WATCH_FOR = {
  now: SCREENING_TABLE.filter((e) => e.watchFor && e.level === 'urgent').map((e) => lowerFirst(e.short)),
  today: SCREENING_TABLE.filter((e) => e.watchFor && e.level !== 'urgent').map((e) => lowerFirst(e.short)),
}

/** "Fragile bones" reads "fragile bones" mid-sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

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

/** "Fragile bones, pregnancy and a blood clot": a list in a sentence. */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** The outcome; with severe pain, the word on pain relief comes with it (and "gently" when clear). */
function toOutcome(level: Outcome['level'], flags: Outcome['flags'], pain: string | null): Outcome {
  const told = listInWords(flags.map((f) => lowerFirst(f.short)))
  const action =
    level === 'clear'
      ? (pain ?? 'Massage may ease back pain for a short time. Keep moving too.')
      : level === 'caution'
        ? `You can book a massage. Tell the therapist about ${told} before it starts.${pain ? ` ${pain}` : ''}`
        : 'Do not book a massage yet.'
  const title = level === 'clear' && pain ? 'Go ahead gently' : OUTCOME_TITLES[level]
  return { level, title, action, flags }
}

/** What to ask for, in the booking line's words. */
const PRESSURE_WORDS = {
  light: 'light pressure',
  medium: 'medium pressure',
  firm: 'firm pressure',
  'no-back': 'no massage on the back',
  none: 'no massage yet',
} as const

/** A one-word name ("reflexology") reads as a session: "a 60-minute reflexology session". */
function asSession(type: MassageType): string {
  const name = PLAIN_NAMES[type]
  return name.includes(' ') ? name : `${name} session`
}

/** The booking line: the pick, the pressure reconciled with every caution, and what to tell the therapist. */
function bookingLine(type: MassageType, answers: QuizAnswers, advice: Advice, outcome: Outcome): string {
  const { pressure, overriddenBy } = pressureToAsk(answers, advice)
  // "Light pressure only" when a caution lowered it; a back ruled out reads whole as it is.
  const only = overriddenBy.length > 0 && pressure === 'light' ? ' only' : ''
  const ask = `a 60-minute ${asSession(type)}, ${PRESSURE_WORDS[pressure]}${only}.`
  const tell =
    outcome.flags.length > 0
      ? ` Tell them: ${listInWords(outcome.flags.map((f) => lowerFirst(f.short)))}.`
      : ''
  return outcome.level === 'doctor-first'
    ? `Once your doctor agrees, ask for ${ask}${tell}`
    : `Ask for: ${ask}${tell}`
}

/**
 * A reason that rests on the pressure the person likes, said with its limit when a caution (or
 * severe pain) lowers it, so "Why this suits you" never contradicts the booking line.
 */
function withPressureLimit(answers: QuizAnswers, advice: Advice): (reason: string) => string {
  const { pressure, overriddenBy, preferred } = pressureToAsk(answers, advice)
  if (overriddenBy.length === 0 || pressure === preferred) return (reason) => reason
  const liking = RULES.filter((r) => r.kind === 'preference' && r.when(answers)).map((r) => `${r.answer}:`)
  const limit = `${listInWords(overriddenBy.map((l) => (l === 'severe-pain' ? 'severe pain' : lowerFirst(screeningShort(l)))))}: ${PRESSURE_WORDS[pressure]}${pressure === 'light' ? ' only' : ''}`
  return (reason) => (liking.some((p) => reason.startsWith(p)) ? `${reason} (With ${limit}.)` : reason)
}

/** What the person's own result shows, from their answers and their safety check. */
export function ownResultView(answers: QuizAnswers, screening: readonly ScreeningItem[]): OwnResultView {
  const advice = advise(answers, screening)
  if (advice.level === 'urgent') return { kind: 'urgent' }

  const limited = withPressureLimit(answers, advice)
  const [first, ...rest] = advice.picks
  const top = first ? toTopPick({ ...first, reasons: first.reasons.map(limited) }) : null
  const plan = selfMassagePlan(advice, answers)
  const outcome = toOutcome(
    advice.level,
    advice.flags.map((f) => ({ key: f.item, short: screeningShort(f.item), advice: f.advice })),
    top ? painReliefAdvice(answers) : null,
  )
  // Only what is left (the engine's pick basis): no answer points to it, or it is the one type the safety check left.
  const basis: PickBasis = advice.basis.kind === 'what-is-left' ? 'what-is-left' : 'match'
  return {
    kind: top ? 'pick' : 'all-ruled-out',
    top,
    outcome,
    basis,
    eyebrow: EYEBROWS[outcome.level === 'doctor-first' ? 'doctor-first' : 'go-ahead'][basis],
    leftNote: basis === 'what-is-left' ? advice.basis.note : null,
    nextBestNote: advice.basis.kind === 'next-best' ? advice.basis.note : null,
    // With severe pain the outcome already says why the work must be gentle: one reason beside it.
    strongest:
      top && outcome.level !== 'doctor-first'
        ? top.reasons.slice(0, answers.severity >= SEVERE_PAIN ? 1 : STRONGEST)
        : [],
    booking: first ? bookingLine(first.type, answers, advice, outcome) : null,
    watchFor: top && advice.flags.every((f) => f.level === 'caution') ? WATCH_FOR : null,
    others: toOptions(rest),
    ruledOut: advice.avoided.map((a) => ({
      type: a.type,
      name: MASSAGE_NAMES[a.type],
      because: a.because.map((item) => ({
        key: item,
        text: `Because of ${lowerFirst(screeningShort(item))}: ${RULED_OUT_WHY[item]}`,
      })),
    })),
    therapistTips: top ? THERAPIST_TIPS : null,
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
    research: top
      ? {
          summary: EVIDENCE_SUMMARY,
          sources: EVIDENCE,
          guide: GUIDE_STUDIES,
          reviewed: EVIDENCE_LAST_REVIEWED,
        }
      : null,
    shareText: top ? `My massage match for lower back pain: ${top.name}` : 'My Massage Match result',
    avoid: advice.avoided.map((a) => a.type),
  }
}

/** What a shared result shows: the link's answers ranked, less what the sender's safety check ruled out. */
export function sharedResultView(answers: QuizAnswers, avoid: readonly MassageType[] = []): SharedResultView {
  const [first, ...rest] = recommend(answers).ranked.filter((r) => !avoid.includes(r.type))
  return {
    top: first ? toTopPick(first) : null,
    strongest: first ? first.reasons.slice(0, STRONGEST) : [],
    others: toOptions(rest),
    adjusted: avoid.length > 0,
  }
}
