import { MASSAGE_TYPES } from './catalog'
import { recommend } from './rank-massages'
import { screen } from './screening'
import type { Advice, MassageType, ScreeningItem } from './types'

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
  return { level, flags, picks, avoided }
}
