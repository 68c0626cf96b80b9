import { MASSAGE_NAMES, MASSAGE_TYPES } from './catalog'
import { recommend } from './rank-massages'
import { screen } from './screening'
import type { Advice, MassageType, PickBasis, RankedType, ScreeningItem } from './types'

/** "A", "A and B", "A, B and C". */
function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/**
 * Why the first pick is first: the answers' own first choice; the next best once the screening
 * took out types the answers rank higher; or only what the screening left (nothing in the answers
 * points to it, or it is the one type left), which must never be called a match.
 */
export function pickBasis(ranked: readonly RankedType[], picks: readonly RankedType[]): PickBasis {
  const [first] = picks
  if (!first) return { kind: 'none', ruledOutAbove: [], note: '' }
  const allowed = new Set(picks.map((p) => p.type))
  const above: MassageType[] = []
  for (const r of ranked) {
    if (r.type === first.type) break
    if (!allowed.has(r.type)) above.push(r.type)
  }
  if (above.length === 0) return { kind: 'match', ruledOutAbove: [], note: '' }
  const name = MASSAGE_NAMES[first.type]
  const names = listOf(above.map((type) => MASSAGE_NAMES[type]))
  const verb = above.length === 1 ? 'fits' : 'fit'
  if (picks.length === 1) {
    const fit =
      first.score > 0 ? 'It is not the best match for your answers.' : 'None of your answers points to it.'
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
      note: `Your safety check rules out ${names} for now. None of your answers points to ${name}: it is first of what is left.`,
    }
  }
  return {
    kind: 'next-best',
    ruledOutAbove: above,
    note: `Your safety check rules out ${names}, which ${verb} your answers better, so this is the next best.`,
  }
}

/** The ranking and the screening together: what the person is offered, and what is ruled out. */
export function advise(answers: Parameters<typeof recommend>[0], items: readonly ScreeningItem[]): Advice {
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
  return { level, flags, picks, avoided, basis: pickBasis(ranked, picks) }
}
