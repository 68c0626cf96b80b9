import { DEEP_PRESSURE_TYPES, MASSAGE_TYPES, ON_BACK_TYPES } from './catalog'
import { PLAIN_NAMES, RULES, SEVERE_PAIN } from './rules'
import { screeningShort } from './screening'
import type { Advice, MassageType, QuizAnswers, ScreeningItem } from './types'
import { listInWords, lowerFirst } from './words'

/** The pressure to ask a therapist for: the person's own, or what a caution allows ('none': no massage yet). */
export type PressureToAsk = QuizAnswers['pressure'] | 'none'

/**
 * What limits the pressure: a screening item, pain of SEVERE_PAIN or more, or pain that travels
 * below the knee (an irritated nerve, which firm pressure may flare: start gently).
 */
export type PressureLimit = ScreeningItem | 'severe-pain' | 'below-knee'

export interface PressureAdvice {
  /** What the person said they like. */
  preferred: QuizAnswers['pressure']
  /** What to ask for: the preference, unless a caution limits it. */
  pressure: PressureToAsk
  /** Everything that limits the preference, most serious first; empty when it stands as it is. */
  overriddenBy: readonly PressureLimit[]
  /**
   * How long a lowered pressure holds: 'only' while a caution or severe pain lasts; 'to-start'
   * when only pain below the knee lowers it (firmer later if the leg pain is no worse over the next day or two);
   * null when nothing lowered it.
   */
  hold: 'only' | 'to-start' | null
  /** One line for the therapist card: the preference and each limit, in plain words. */
  why: string
}

/** What to ask for, as the booking line and the card say it. */
export const PRESSURE_WORDS: Readonly<Record<PressureToAsk, string>> = {
  light: 'light pressure',
  medium: 'medium pressure',
  firm: 'firm pressure',
  'no-back': 'no massage on the back',
  none: 'no massage yet',
}

const HOLD_WORDS: Readonly<Record<NonNullable<PressureAdvice['hold']>, string>> = {
  only: ' only',
  'to-start': ' to start',
}

/** The pressure to ask for in a few words, with how long it holds: "light pressure only", "firm pressure". */
export function pressurePhrase(advice: Pick<PressureAdvice, 'pressure' | 'hold'>): string {
  const hold = advice.pressure === 'light' && advice.hold ? HOLD_WORDS[advice.hold] : ''
  return `${PRESSURE_WORDS[advice.pressure]}${hold}`
}

const covers = (avoid: readonly MassageType[], types: readonly MassageType[]) =>
  types.length > 0 && types.every((type) => avoid.includes(type))

/** A limit's name mid-sentence: "fragile bones", "pain 8 out of 10", "pain below the knee". */
export function limitName(limit: PressureLimit, answers: Pick<QuizAnswers, 'severity'>): string {
  if (limit === 'severe-pain') return `pain ${answers.severity} out of 10`
  if (limit === 'below-knee') return 'pain below the knee'
  return lowerFirst(screeningShort(limit))
}

/**
 * The pressure to ask for, reconciling the person's preference with every caution that limits it:
 * a flag that rules out every type means no massage yet; one that rules out every type on the back
 * means none there; one that rules out every firm or focused type, or pain of SEVERE_PAIN or more,
 * means light pressure only; pain below the knee means light pressure to start. The catalog says
 * which types are which, so a new item needs no edit. The one place pressure is decided: the
 * reasons, the booking line, the card, self-massage and the check-in all read it.
 */
export function pressureToAsk(
  answers: Pick<QuizAnswers, 'pressure' | 'severity' | 'radiation'>,
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

  const said = `Prefers ${PRESSURE_WORDS[preferred]}`
  const part = (limits: readonly PressureLimit[], words: string) =>
    limits.length > 0 ? `; ${limits.map((l) => limitName(l, answers)).join(', ')}: ${words}` : ''

  if (noMassage.length > 0) {
    return {
      preferred,
      pressure: 'none',
      overriddenBy: noMassage,
      hold: null,
      why: `${said}${part(noMassage, 'no massage until a doctor says it is safe')}.`,
    }
  }
  const wantsBack = preferred !== 'no-back'
  const wantsMore = preferred === 'medium' || preferred === 'firm'
  // A limit counts only where it changes what the person asked for.
  const backLimits = wantsBack ? noBack : []
  const lightLimits = wantsMore ? lightOnly : []
  // Only where the work stays on the back and nothing else lowers it already.
  const startsGently =
    wantsMore && backLimits.length === 0 && lightLimits.length === 0 && answers.radiation === 'below-knee'
  const startLimits: PressureLimit[] = startsGently ? ['below-knee'] : []
  const pressure: PressureToAsk =
    backLimits.length > 0 ? 'no-back' : lightLimits.length + startLimits.length > 0 ? 'light' : preferred
  return {
    preferred,
    pressure,
    overriddenBy: [...backLimits, ...lightLimits, ...startLimits],
    hold: lightLimits.length > 0 ? 'only' : startLimits.length > 0 ? 'to-start' : null,
    why: `${said}${part(backLimits, 'no massage on the back')}${part(lightLimits, 'light pressure only')}${part(startLimits, 'light pressure to start, firmer only if the leg pain is no worse over the next day or two')}.`,
  }
}

/** Said with a result when pain is SEVERE_PAIN or more out of 10: a word about pain relief, and why the picks are gentle. */
export const PAIN_RELIEF_ADVICE =
  'Talk to a GP or a pharmacist about pain relief that helps you keep moving. Until the pain eases, choose gentle massage only. If it keeps getting worse, or you cannot cope, see a doctor.'

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
  const wait = aside.length === 1 ? 'leave it until the pain eases' : 'leave them until the pain eases'
  return `${PAIN_RELIEF_ADVICE} Your answers also point to ${listInWords(aside)}: ${wait}.`
}
