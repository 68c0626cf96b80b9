// The pick and the other types as the result shows them: names and profiles beside the engine's
// ranking, reasons that never contradict the pressure to ask for, and what the safety check rules out.
import {
  MASSAGE_NAMES,
  MASSAGE_PROFILES,
  RULED_OUT_WHY,
  limitName,
  listInWords,
  lowerFirst,
  pressurePhrase,
  screeningShort,
  type Advice,
  type MassageType,
  type PickBasis,
  type PressureAdvice,
  type QuizAnswers,
  type RankedType,
  type ScreeningItem,
} from '../../engine'
import type { OutcomeLevel } from './outcome'

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

/** A type the safety check rules out, with one sentence per item that rules it out. */
export interface RuledOutItem {
  type: MassageType
  name: string
  because: readonly { key: ScreeningItem; text: string }[]
}

export function toTopPick(pick: RankedType): TopPick {
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
export function toOptions(rest: readonly RankedType[]): Options {
  return {
    suited: rest.filter((r) => r.score > 0).map(toOption),
    lessSuited: rest.filter((r) => r.score <= 0).map(toOption),
  }
}

/**
 * A reason that rests on the pressure the person likes (a 'preference' rule) carries the limit a
 * caution, severe pain or pain below the knee sets, so "Why this suits you" never contradicts the
 * booking line.
 */
export function withPressureLimit(
  pick: RankedType,
  answers: QuizAnswers,
  pressure: PressureAdvice,
): RankedType {
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

/** Each type the safety check rules out, with a sentence for each item that rules it out. */
export function ruledOutItems(advice: Advice): RuledOutItem[] {
  return advice.avoided.map((a) => ({
    type: a.type,
    name: MASSAGE_NAMES[a.type],
    because: a.because.map((item) => ({
      key: item,
      text: `Because of ${lowerFirst(screeningShort(item))}: ${RULED_OUT_WHY[item]}`,
    })),
  }))
}

/**
 * Why the pick shown first is first: the engine's basis, for a pick that is shown ('nothing-fits'
 * and 'none' show none). Only the answers' own first choice is a 'match'.
 */
export type ShownBasis = Extract<PickBasis['kind'], 'match' | 'next-best' | 'what-is-left'>

/** Whether the person can go ahead now, or only once a doctor agrees. */
export type Stage = 'go-ahead' | 'doctor-first'

/** How the pick stands: what puts it first, and whether the person may go ahead. */
export function pickStanding(basis: PickBasis, level: OutcomeLevel): { basis: ShownBasis; stage: Stage } {
  return {
    basis: basis.kind === 'match' || basis.kind === 'next-best' ? basis.kind : 'what-is-left',
    stage: level === 'doctor-first' ? 'doctor-first' : 'go-ahead',
  }
}
