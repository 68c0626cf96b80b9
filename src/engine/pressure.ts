import { DEEP_PRESSURE_TYPES, MASSAGE_TYPES, ON_BACK_TYPES } from './catalog'
import { PLAIN_NAMES, RULES, SEVERE_PAIN } from './rules'
import { screeningShort } from './screening'
import type { Advice, MassageType, QuizAnswers, ScreeningItem } from './types'

/** The pressure to ask a therapist for: the person's own, or what a caution allows ('none': no massage yet). */
export type PressureToAsk = QuizAnswers['pressure'] | 'none'

/** What limits the pressure: a screening item, or pain of SEVERE_PAIN or more. */
export type PressureLimit = ScreeningItem | 'severe-pain'

export interface PressureAdvice {
  /** What the person said they like. */
  preferred: QuizAnswers['pressure']
  /** What to ask for: the preference, unless a caution limits it. */
  pressure: PressureToAsk
  /** Everything that limits the preference, most serious first; empty when it stands as it is. */
  overriddenBy: readonly PressureLimit[]
  /** One line for the therapist card or the booking line: the preference and each limit, in plain words. */
  why: string
}

const PREFERENCE_WORDS: Readonly<Record<QuizAnswers['pressure'], string>> = {
  light: 'light pressure',
  medium: 'medium pressure',
  firm: 'firm pressure',
  'no-back': 'no massage on the back',
}

const covers = (avoid: readonly MassageType[], types: readonly MassageType[]) =>
  types.length > 0 && types.every((type) => avoid.includes(type))

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function limitName(limit: PressureLimit, answers: Pick<QuizAnswers, 'severity'>): string {
  return limit === 'severe-pain' ? `pain ${answers.severity} out of 10` : lowerFirst(screeningShort(limit))
}

/**
 * The pressure to ask for, reconciling the person's preference with every caution that limits it:
 * a flag that rules out every type means no massage yet; one that rules out every type on the back
 * means none there; one that rules out every firm or focused type, or pain of SEVERE_PAIN or more,
 * means light pressure only. The catalog says which types are which, so a new item needs no edit.
 */
export function pressureToAsk(
  answers: Pick<QuizAnswers, 'pressure' | 'severity'>,
  advice: Pick<Advice, 'flags'>,
): PressureAdvice {
  const preferred = answers.pressure
  const itemsCovering = (types: readonly MassageType[]) =>
    advice.flags.filter((f) => covers(f.avoid, types)).map((f) => f.item)
  const noMassage = itemsCovering(MASSAGE_TYPES)
  const noBack = itemsCovering(ON_BACK_TYPES).filter((item) => !noMassage.includes(item))
  const lightOnly: PressureLimit[] = itemsCovering(DEEP_PRESSURE_TYPES).filter(
    (item) => !noMassage.includes(item) && !noBack.includes(item),
  )
  if (answers.severity >= SEVERE_PAIN) lightOnly.push('severe-pain')

  const said = `Prefers ${PREFERENCE_WORDS[preferred]}`
  const part = (limits: readonly PressureLimit[], words: string) =>
    limits.length > 0 ? `; ${limits.map((l) => limitName(l, answers)).join(', ')}: ${words}` : ''

  if (noMassage.length > 0) {
    return {
      preferred,
      pressure: 'none',
      overriddenBy: noMassage,
      why: `${said}${part(noMassage, 'no massage until a doctor says it is safe')}.`,
    }
  }
  const wantsBack = preferred !== 'no-back'
  const wantsMore = preferred === 'medium' || preferred === 'firm'
  // A limit counts only where it changes what the person asked for.
  const backLimits = wantsBack ? noBack : []
  const lightLimits = wantsMore ? lightOnly : []
  const pressure: PressureToAsk =
    backLimits.length > 0 ? 'no-back' : lightLimits.length > 0 ? 'light' : preferred
  return {
    preferred,
    pressure,
    overriddenBy: [...backLimits, ...lightLimits],
    why: `${said}${part(backLimits, 'no massage on the back')}${part(lightLimits, 'light pressure only')}.`,
  }
}

/** Said with a result when pain is SEVERE_PAIN or more out of 10: a word about pain relief, and why the picks are gentle. */
export const PAIN_RELIEF_ADVICE =
  'Your pain is very bad right now. Talk to a GP or a pharmacist about pain relief that could help you keep moving. Until the pain eases, choose gentle massage only: firm or focused pressure can make it worse. If the pain keeps getting worse, or you cannot cope, see a doctor.'

/**
 * The types the answers point to (a Best-for line or the preferred pressure) that severe pain set
 * below the gentle ones, in catalog order: said with the word on pain relief, so they are not lost.
 */
export function setAsideForPain(answers: QuizAnswers): MassageType[] {
  const firing = RULES.filter((r) => r.when(answers))
  const raised = (type: MassageType) =>
    firing.some(
      (r) => (r.kind === 'best-for' || r.kind === 'preference') && (r.effect[type]?.points ?? 0) > 0,
    )
  const lowered = (type: MassageType) =>
    firing.some((r) => r.kind === 'severe-pain' && (r.effect[type]?.points ?? 0) < 0)
  return MASSAGE_TYPES.filter((type) => raised(type) && lowered(type))
}

/**
 * For pain of SEVERE_PAIN or more out of 10: PAIN_RELIEF_ADVICE, then the types set aside for now
 * (setAsideForPain), named; null for milder pain.
 */
export function painReliefAdvice(answers: QuizAnswers): string | null {
  if (answers.severity < SEVERE_PAIN) return null
  const aside = setAsideForPain(answers).map((type) => PLAIN_NAMES[type])
  if (aside.length === 0) return PAIN_RELIEF_ADVICE
  const names = aside.length === 1 ? aside[0] : `${aside.slice(0, -1).join(', ')} and ${aside.at(-1)}`
  const wait = aside.length === 1 ? 'it can wait' : 'they can wait'
  return `${PAIN_RELIEF_ADVICE} Your answers also point to ${names}: ${wait} until the pain eases.`
}
