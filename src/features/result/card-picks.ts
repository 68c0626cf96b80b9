// Which types the therapist card lists, and why none when it lists none, as kinds: their words
// are in card-words.ts.
import { MASSAGE_TYPES, type Advice, type MassageType } from '../../engine'

/** How many picks the therapist sees. */
const PICKS_SHOWN = 3

/** Whom the picks are for: the person now, or once a doctor agrees. */
export type PicksFor = 'now' | 'once-doctor-agrees'

/** Why the card lists no type, when it lists none. */
export type NoneReason = 'urgent' | 'doctor-first' | 'nothing-fits' | 'all-ruled-out'

/** The card's picks as decided: whom they are for, the types, why none, what is ruled out. */
export interface CardPicks {
  for: PicksFor
  /** The types that may suit, best first. */
  types: readonly MassageType[]
  none: NoneReason | null
  ruledOut: readonly MassageType[]
}

/** The picks for the card: the best, then only those the answers favour (a type at or below zero is not one that "may suit"). */
export function cardPicks(advice: Advice): CardPicks {
  const fits = advice.level !== 'urgent' && advice.basis.kind !== 'nothing-fits'
  const types = fits
    ? advice.picks
        .filter((p, i) => i === 0 || p.score > 0)
        .slice(0, PICKS_SHOWN)
        .map((p) => p.type)
    : []
  return {
    for: advice.level === 'doctor-first' ? 'once-doctor-agrees' : 'now',
    types,
    none: types.length > 0 ? null : noneReason(advice),
    ruledOut:
      advice.level === 'urgent' ? [] : MASSAGE_TYPES.filter((t) => advice.avoided.some((a) => a.type === t)),
  }
}

function noneReason(advice: Advice): NoneReason {
  if (advice.level === 'urgent') return 'urgent'
  if (advice.basis.kind === 'nothing-fits') return 'nothing-fits'
  return advice.level === 'doctor-first' ? 'doctor-first' : 'all-ruled-out'
}
