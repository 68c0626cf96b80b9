import { MASSAGE_NAMES, MASSAGE_TYPES, ON_BACK_TYPES } from './catalog'
import { recommend } from './rank-massages'
import { screen } from './screening'
import type { Advice, MassageType, PickBasis, QuizAnswers, RankedType, ScreeningItem } from './types'
import { listInWords } from './words'

/**
 * Why the first pick is first: the answers' own first choice; the next best once the screening
 * took out types the answers rank higher; or only what the screening left (the answers do not
 * favour it, or it is the one type left), which must never be called a match. When the person
 * would rather not have the back touched and the screening left only types on the back, nothing
 * fits: their wish and their safety cannot both hold, and no type is offered in their name.
 */
export function pickBasis(
  ranked: readonly RankedType[],
  picks: readonly RankedType[],
  wish?: QuizAnswers['pressure'],
): PickBasis {
  const [first] = picks
  if (!first) return { kind: 'none', ruledOutAbove: [], note: '' }
  const allowed = new Set(picks.map((p) => p.type))
  const above: MassageType[] = []
  for (const r of ranked) {
    if (r.type === first.type) break
    if (!allowed.has(r.type)) above.push(r.type)
  }
  const names = (types: readonly MassageType[]) => listInWords(types.map((type) => MASSAGE_NAMES[type]))
  if (wish === 'no-back' && picks.every((p) => ON_BACK_TYPES.includes(p.type))) {
    const offBack = MASSAGE_TYPES.filter((type) => !ON_BACK_TYPES.includes(type))
    return {
      kind: 'nothing-fits',
      ruledOutAbove: above,
      note: `You would rather not have your back touched, and your safety check rules out ${names(offBack)} for now. Every type left works on the back, so none fits what you asked for.`,
    }
  }
  if (above.length === 0) return { kind: 'match', ruledOutAbove: [], note: '' }
  const name = MASSAGE_NAMES[first.type]
  // Said only when true: a type with reasons of its own is never "pointed to by none of your answers".
  const fit =
    first.reasons.length === 0
      ? 'None of your answers points to it.'
      : first.score > 0
        ? 'It is not the best match for your answers.'
        : 'On balance, your answers do not favour it.'
  if (picks.length === 1) {
    return {
      kind: 'what-is-left',
      ruledOutAbove: above,
      note: `Your safety check rules out every other type for now, so ${name} is what is left. ${fit}`,
    }
  }
  if (first.score <= 0) {
    return {
      kind: 'what-is-left',
      ruledOutAbove: above,
      note: `Your safety check rules out ${names(above)} for now, so ${name} is first of what is left. ${fit}`,
    }
  }
  return {
    kind: 'next-best',
    ruledOutAbove: above,
    note: `Your safety check rules out ${names(above)} for now, which ${above.length === 1 ? 'fits' : 'fit'} your answers better, so this is the next best.`,
  }
}

/** The ranking and the screening together: what the person is offered, and what is ruled out. */
export function advise(answers: QuizAnswers, items: readonly ScreeningItem[]): Advice {
  const { ranked } = recommend(answers)
  const { level, flags } = screen(items)
  const because = new Map<MassageType, ScreeningItem[]>()
  for (const flag of flags) {
    for (const type of flag.avoid) because.set(type, [...(because.get(type) ?? []), flag.item])
  }
  const avoided = MASSAGE_TYPES.filter((type) => because.has(type) || level === 'urgent').map((type) => ({
    type,
    because: because.get(type) ?? [],
  }))
  const ruledOut = new Set(avoided.map((a) => a.type))
  const picks = level === 'urgent' ? [] : ranked.filter((r) => !ruledOut.has(r.type))
  return { level, flags, picks, avoided, basis: pickBasis(ranked, picks, answers.pressure) }
}
