// The person, in one pure model: their answers, their safety state now (from the safety check and
// from warning signs noted at check-ins since, each with where it came from) and the advice
// derived from both. Every surface (the result, Share, the card, the booking line, self-massage,
// the plan, the check-in, the journal) reads this, so no two parts of the app can disagree about
// what is safe. No React, no storage: src/person/use-person.ts reads the store into it.
import {
  DEEP_PRESSURE_TYPES,
  MASSAGE_TYPES,
  advise,
  parseAnswers,
  pressureToAsk,
  screen,
  type Advice,
  type Flag,
  type Level,
  type MassageType,
  type PressureAdvice,
  type QuizAnswers,
} from '../engine'
import { toShareHashAvoiding } from '../share/share-code'
import { safetyItems } from '../state/quiz-flow'
import type { Saved } from '../state/saved-progress'

/** Where a sign in the safety state came from: the safety check, or a check-in on a day (YYYY-MM-DD). */
export type SignSource = { from: 'check' } | { from: 'check-in'; day: string }

/** One sign or condition in the safety state, with its flag (level, advice, what it rules out). */
export interface SafetySign {
  flag: Flag
  source: SignSource
}

/** The pressures a massage session can be logged with. */
export const SESSION_PRESSURES = ['light', 'medium', 'firm'] as const
export type SessionPressure = (typeof SESSION_PRESSURES)[number]

export interface Person {
  /** The quiz's answers when all are given and valid, else null. */
  answers: QuizAnswers | null
  /** The safety check has been done. */
  checked: boolean
  /** The most serious sign's level; null when nothing is known yet (no check, nothing noted). */
  level: Level | null
  /** Every sign and condition that applies now, most serious first, each with where it came from. */
  signs: readonly SafetySign[]
  /** The ranking and the safety state together: only with every answer and a done safety check. */
  advice: Advice | null
  /** The pressure to ask for, reconciled with every caution (the one place it is decided); null without answers. */
  pressure: PressureAdvice | null
  /**
   * The types the safety state allows now, best first when the answers are known (catalog order
   * otherwise); [] when none is; null when nothing is known yet.
   */
  allowed: readonly MassageType[] | null
  /**
   * The pressures a session may have now: light only where the pressure to ask for is "light
   * pressure only" (a caution that rules out firm work, or severe pain), as the booking line says.
   */
  pressures: readonly SessionPressure[]
  /**
   * The types a 6-week plan may try, best first: the pick and the options the answers favour, when
   * the outcome is to go ahead (clear or caution); [] before a doctor has agreed, or when none fits.
   */
  planTypes: readonly MassageType[]
  /** The fragment Share sends and the card's QR code opens (answers and ruled-out types); null without a pick. */
  shareHash: string | null
}

const rulesOutAll = (flags: readonly Flag[], types: readonly MassageType[]) =>
  flags.some((f) => types.every((type) => f.avoid.includes(type)))

/** The person as the saved record describes them. */
export function personFrom(saved: Pick<Saved, 'answers' | 'screening' | 'noted'>): Person {
  const parsed = parseAnswers(saved.answers)
  const answers = parsed.ok ? parsed.value : null
  const items = safetyItems(saved)
  const checked = saved.screening !== null
  const known = checked || items.length > 0
  const { level, flags } = screen(items)
  const fromCheck = new Set(saved.screening ?? [])
  const signs = flags.map((flag): SafetySign => {
    const noted = saved.noted.find((n) => n.item === flag.item)
    return {
      flag,
      source: fromCheck.has(flag.item) || !noted ? { from: 'check' } : { from: 'check-in', day: noted.day },
    }
  })
  const advice = answers && checked ? advise(answers, items) : null
  const pressure = answers ? pressureToAsk(answers, { flags }) : null
  const ruledOut = new Set(flags.flatMap((f) => f.avoid))
  const allowed = !known
    ? null
    : level === 'urgent'
      ? []
      : advice
        ? advice.picks.map((p) => p.type)
        : MASSAGE_TYPES.filter((type) => !ruledOut.has(type))
  const first = advice?.picks[0]
  const fits = advice && first && advice.basis.kind !== 'nothing-fits'
  const goAhead = level === 'clear' || level === 'caution'
  return {
    answers,
    checked,
    level: known ? level : null,
    signs,
    advice,
    pressure,
    allowed,
    pressures:
      allowed?.length === 0
        ? []
        : rulesOutAll(flags, DEEP_PRESSURE_TYPES) ||
            (pressure?.pressure === 'light' && pressure.hold === 'only')
          ? ['light']
          : SESSION_PRESSURES,
    planTypes:
      fits && goAhead ? advice.picks.filter((p, i) => i === 0 || p.score > 0).map((p) => p.type) : [],
    shareHash:
      answers && fits
        ? toShareHashAvoiding(
            answers,
            advice.avoided.map((a) => a.type),
          )
        : null,
  }
}

/**
 * The massage types and pressures a check-in offers: what the person's safety state allows now
 * (the plan's types first), and whatever the check-in being changed already records, so an old
 * record is never rewritten. Before any safety check, every type and pressure.
 */
export function checkInChoices(
  person: Pick<Person, 'allowed' | 'pressures'>,
  planTypes: readonly MassageType[],
  entry: { type: MassageType | null; pressure: SessionPressure | null } | null,
): { types: MassageType[]; pressures: SessionPressure[] } {
  const allowed = person.allowed ?? MASSAGE_TYPES
  const types = [...new Set([...planTypes.filter((t) => allowed.includes(t)), ...allowed])]
  if (entry?.type && !types.includes(entry.type)) types.push(entry.type)
  const pressures = SESSION_PRESSURES.filter(
    (p) => person.allowed === null || person.pressures.includes(p) || entry?.pressure === p,
  )
  return { types, pressures }
}

/**
 * Whether a shared link is this person's own result: every answer it carries is the same as the
 * saved answers, and the safety check is done (an own-result address from before #/result).
 */
export function linkIsOwn(
  link: { answers: QuizAnswers; carried: readonly (keyof QuizAnswers)[] },
  saved: Pick<Saved, 'answers' | 'screening'>,
): boolean {
  return (
    saved.screening !== null && link.carried.every((field) => saved.answers[field] === link.answers[field])
  )
}
