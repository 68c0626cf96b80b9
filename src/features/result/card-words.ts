// The therapist card's words, in the person's own voice, one table per decision of card-picks.ts,
// keyed by its kinds: a kind without words does not compile.
import { RULED_OUT_WHY, lowerFirst, screeningShort, upperFirst, type ScreeningItem } from '../../engine'
import type { NoneReason, PicksFor } from './card-picks'

/** The heading over the types that may suit. */
export const PICKS_HEADINGS: Readonly<Record<PicksFor, string>> = {
  now: 'Massage types that may suit me',
  'once-doctor-agrees': 'Massage types that may suit me, if my doctor agrees',
}

/** Why the card lists no type. */
export const NONE_REASONS: Readonly<Record<NoneReason, string>> = {
  urgent: 'I was advised to get medical help first.',
  'doctor-first': 'I was advised to see a doctor first.',
  'nothing-fits':
    'I would rather not have my back massaged, and my safety check rules out massage on my feet for now.',
  'all-ruled-out': 'My safety check rules out every type for now.',
}

/** A sign or condition written to the therapist: what the client reports, and what it means for the massage. */
export function cautionWords(item: ScreeningItem): { text: string; why: string } {
  return { text: `Client reports ${lowerFirst(screeningShort(item))}.`, why: upperFirst(RULED_OUT_WHY[item]) }
}
