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
  THERAPIST_TIPS,
  advise,
  recommend,
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

/** The screening banner: only for caution and doctor-first (clear gets a quiet note, urgent its own page). */
export interface Banner {
  level: 'caution' | 'doctor-first'
  title: 'Caution' | 'See a doctor first'
  flags: readonly { key: ScreeningItem; short: string; advice: string }[]
}

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
      outcome: 'urgent'
    }
  | {
      /** 'all-ruled-out': the safety check rules out every type, so there is no top pick. */
      outcome: 'pick' | 'all-ruled-out'
      top: TopPick | null
      banner: Banner | null
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
  others: Options
  adjusted: boolean
}

const BANNER_TITLES = { caution: 'Caution', 'doctor-first': 'See a doctor first' } as const

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

/** What the person's own result shows, from their answers and their safety check. */
export function ownResultView(answers: QuizAnswers, screening: readonly ScreeningItem[]): OwnResultView {
  const advice = advise(answers, screening)
  if (advice.level === 'urgent') return { outcome: 'urgent' }

  const [first, ...rest] = advice.picks
  const top = first ? toTopPick(first) : null
  const plan = selfMassagePlan(advice, answers)
  const bannerLevel = advice.level === 'clear' ? null : advice.level
  return {
    outcome: top ? 'pick' : 'all-ruled-out',
    top,
    banner: bannerLevel
      ? {
          level: bannerLevel,
          title: BANNER_TITLES[bannerLevel],
          flags: advice.flags.map((f) => ({ key: f.item, short: screeningShort(f.item), advice: f.advice })),
        }
      : null,
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
  return { top: first ? toTopPick(first) : null, others: toOptions(rest), adjusted: avoid.length > 0 }
}
