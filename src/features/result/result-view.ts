// What the result screen shows, decided in one pure function: the components only render it.
// No React and no browser here, so every branch is tested as a table (result-view.test.ts).
import {
  GUIDE_STUDIES,
  MASSAGE_NAMES,
  MASSAGE_PROFILES,
  RESEARCH_CAVEATS,
  RULED_OUT_WHY,
  SCREENING_TABLE,
  SELF_MASSAGE_TIPS,
  SEVERE_PAIN,
  DEEP_PRESSURE_TYPES,
  THERAPIST_TIPS,
  advise,
  recommend,
  screen,
  screeningShort,
  selfMassagePlan,
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
  title: 'Go ahead' | 'Go ahead with care' | 'See a doctor first'
  /** The action in one or two plain sentences. */
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
      /** The pick's strongest reasons (up to two), shown in the first screen; none before a doctor agrees. */
      strongest: readonly string[]
      /** What to ask for when booking, in one line to copy ("Ask for: …. Tell them: …."). */
      booking: string | null
      /** With a clear screening and a pick: the warning signs to watch for, lower-cased. */
      watchFor: readonly string[] | null
      others: Options
      ruledOut: readonly RuledOutItem[]
      therapistTips: readonly Tip[] | null
      selfMassage: readonly SelfMassageTip[] | null
      research: { studies: readonly Finding[]; caveats: readonly Finding[] } | null
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
const WATCH_FOR = SCREENING_TABLE.filter((e) => e.watchFor).map((e) => lowerFirst(e.short))

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

function toOutcome(level: Outcome['level'], flags: Outcome['flags']): Outcome {
  const told = listInWords(flags.map((f) => lowerFirst(f.short)))
  const action =
    level === 'clear'
      ? 'Massage is a reasonable thing to try for back pain like yours.'
      : level === 'caution'
        ? `You can book a massage. Tell the therapist about ${told} before it starts.`
        : 'Do not book a massage yet.'
  return { level, title: OUTCOME_TITLES[level], action, flags }
}

/** The pressure to ask for: the person's own, unless something ticked (or severe pain) asks for gentle work. */
function pressureToAsk(answers: QuizAnswers, screening: readonly ScreeningItem[]): string {
  if (answers.pressure === 'no-back') return 'no work on the back'
  const limited =
    answers.pressure !== 'light' &&
    (answers.severity >= SEVERE_PAIN ||
      screen(screening).flags.some((f) => DEEP_PRESSURE_TYPES.every((type) => f.avoid.includes(type))))
  return limited ? 'gentle pressure only' : `${answers.pressure} pressure`
}

/**
 * "Trigger Point Therapy" reads "a 60-minute trigger point therapy" mid-sentence; Swedish keeps its
 * capital; a one-word name ("Reflexology") reads as a session.
 */
function nameInSentence(type: MassageType): string {
  const name = MASSAGE_NAMES[type].toLowerCase().replace('swedish', 'Swedish')
  return name.includes(' ') ? name : `${name} session`
}

function bookingLine(
  type: MassageType,
  answers: QuizAnswers,
  screening: readonly ScreeningItem[],
  outcome: Outcome,
): string {
  const ask = `a 60-minute ${nameInSentence(type)}, ${pressureToAsk(answers, screening)}.`
  const tell =
    outcome.flags.length > 0
      ? ` Tell them: ${listInWords(outcome.flags.map((f) => lowerFirst(f.short)))}.`
      : ''
  return outcome.level === 'doctor-first'
    ? `Once your doctor agrees, ask for ${ask}${tell}`
    : `Ask for: ${ask}${tell}`
}

/** What the person's own result shows, from their answers and their safety check. */
export function ownResultView(answers: QuizAnswers, screening: readonly ScreeningItem[]): OwnResultView {
  const advice = advise(answers, screening)
  if (advice.level === 'urgent') return { kind: 'urgent' }

  const [first, ...rest] = advice.picks
  const top = first ? toTopPick(first) : null
  const plan = selfMassagePlan(advice, answers)
  const outcome = toOutcome(
    advice.level,
    advice.flags.map((f) => ({ key: f.item, short: screeningShort(f.item), advice: f.advice })),
  )
  // Only what is left (the engine's pick basis): no answer points to it, or it is the one type the safety check left.
  const basis: PickBasis = advice.basis.kind === 'what-is-left' ? 'what-is-left' : 'match'
  const ruledOutNames = listInWords(advice.avoided.map((a) => MASSAGE_NAMES[a.type]))
  return {
    kind: top ? 'pick' : 'all-ruled-out',
    top,
    outcome,
    basis,
    eyebrow: EYEBROWS[outcome.level === 'doctor-first' ? 'doctor-first' : 'go-ahead'][basis],
    leftNote:
      basis === 'what-is-left'
        ? `What you ticked rules out ${ruledOutNames}. This is what is left: ${first && first.score > 0 ? 'it is not the best match for your answers' : 'none of your answers point to it, so it is not a strong match'}.`
        : null,
    strongest: top && outcome.level !== 'doctor-first' ? top.reasons.slice(0, STRONGEST) : [],
    booking: first ? bookingLine(first.type, answers, screening, outcome) : null,
    watchFor: top && advice.level === 'clear' ? WATCH_FOR : null,
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
    research: top ? { studies: GUIDE_STUDIES, caveats: RESEARCH_CAVEATS } : null,
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
