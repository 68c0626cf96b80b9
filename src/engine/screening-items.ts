import type { ScreeningTableRow } from './screening'
import type { ScreeningItem } from './types'

// The ids alone, for code that must recognise items without their texts (the saved-progress
// reader on the first screen): importing SCREENING_TABLE would put every text in the first chunk.
// Its type alone costs nothing at run time, and through it tsc holds this list equal to the table:
// an id missing, extra or at another level is a type error here. screening.test.ts checks the order.
const LEVEL_OF = {
  'bladder-bowel-change': 'urgent',
  'saddle-numbness': 'urgent',
  'leg-weakness': 'urgent',
  fever: 'doctor-first',
  'weight-loss': 'doctor-first',
  'cancer-history': 'doctor-first',
  'recent-trauma': 'doctor-first',
  'recent-surgery': 'doctor-first',
  'blood-clot': 'doctor-first',
  pregnancy: 'doctor-first',
  osteoporosis: 'caution',
  'bleeding-disorder': 'caution',
  'skin-condition': 'caution',
} as const satisfies { [Row in ScreeningTableRow as Row['item']]: Row['level'] }

/** All screening items, in the order of the table. */
export const SCREENING_ITEMS: readonly ScreeningItem[] = /* @__PURE__ */ Object.freeze(
  Object.keys(LEVEL_OF) as ScreeningItem[],
)

/** The signs of nerve compression: get medical help now. */
export const URGENT_ITEMS: readonly ScreeningItem[] = /* @__PURE__ */ Object.freeze(
  SCREENING_ITEMS.filter((item) => LEVEL_OF[item] === 'urgent'),
)

export function isScreeningItem(value: unknown): value is ScreeningItem {
  return typeof value === 'string' && Object.hasOwn(LEVEL_OF, value)
}

/**
 * Items that rule out every massage type without being urgent (an infection, a clot): the quiz
 * stops after the safety check and says so. screening.test.ts holds this to the table.
 */
export const NO_MASSAGE_ITEMS: readonly ScreeningItem[] = Object.freeze(['fever', 'blood-clot'])
