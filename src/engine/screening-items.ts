import type { ScreeningItem } from './types'

// The ids alone, in the safety check's order, for code that must recognise items without their
// texts (the saved-progress reader on the first screen). screening.test.ts checks that
// SCREENING_TABLE lists exactly these, in this order, and that URGENT_ITEMS are its urgent ones.

/** All screening items, in the order of the table. */
export const SCREENING_ITEMS: readonly ScreeningItem[] = [
  'bladder-bowel-change',
  'saddle-numbness',
  'leg-weakness',
  'fever',
  'weight-loss',
  'cancer-history',
  'recent-trauma',
  'recent-surgery',
  'blood-clot',
  'pregnancy',
  'osteoporosis',
  'bleeding-disorder',
  'skin-condition',
]

/** The signs of nerve compression: get medical help now. */
export const URGENT_ITEMS: readonly ScreeningItem[] = [
  'bladder-bowel-change',
  'saddle-numbness',
  'leg-weakness',
]

export function isScreeningItem(value: unknown): value is ScreeningItem {
  return typeof value === 'string' && (SCREENING_ITEMS as readonly string[]).includes(value)
}
