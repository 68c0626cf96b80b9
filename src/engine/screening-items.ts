// The screening items' ids alone, for code that must recognise items without their texts (the
// saved-progress reader on the first screen): importing SCREENING_TABLE would put every text in the
// first chunk. This list is where the ScreeningItem union comes from; screening.ts holds its table
// to it (an id missing, extra, or urgent in one place only is a type error there), and
// screening.test.ts checks the order.
const IDS = [
  'bladder-bowel-change',
  'saddle-numbness',
  'leg-weakness',
  'sexual-function',
  'chest-pain',
  'recent-trauma',
  'fever',
  'weight-loss',
  'night-pain',
  'cough-or-upper-pain',
  'back-lump',
  'cancer-history',
  'weak-immune-system',
  'recent-surgery',
  'minor-fall',
  'pregnancy',
  'heart-disease',
  'diabetes-numb-feet',
  'blood-clot',
  'osteoporosis',
  'bleeding-disorder',
  'skin-condition',
  'foot-skin-condition',
] as const

const URGENT = [
  'bladder-bowel-change',
  'saddle-numbness',
  'leg-weakness',
  'sexual-function',
  'chest-pain',
] as const satisfies readonly ScreeningItem[]

/** Every screening item: the safety check's warning signs, then its health conditions. */
export type ScreeningItem = (typeof IDS)[number]

/** The urgent ones (screening.ts checks them against the table's levels). */
export type UrgentItem = (typeof URGENT)[number]

/** All screening items, in the order of the table. */
export const SCREENING_ITEMS: readonly ScreeningItem[] = /* @__PURE__ */ Object.freeze(IDS.slice())

/** The signs of nerve compression: get medical help now. */
export const URGENT_ITEMS: readonly ScreeningItem[] = /* @__PURE__ */ Object.freeze(URGENT.slice())

export function isScreeningItem(value: unknown): value is ScreeningItem {
  return (SCREENING_ITEMS as readonly unknown[]).includes(value)
}

/**
 * Items that rule out every massage type without being urgent (an infection, a clot): the quiz
 * stops after the safety check and says so. screening.test.ts holds these lists to the table.
 */
export const NO_MASSAGE_ITEMS: readonly ScreeningItem[] = Object.freeze([
  'recent-trauma',
  'fever',
  'blood-clot',
])

// Items that rule out every type on the back: with one that rules out the feet (reflexology),
// nothing is left, though each leaves something.
const BACK_OUT: readonly ScreeningItem[] = [
  'recent-trauma',
  'back-lump',
  'recent-surgery',
  'minor-fall',
  'skin-condition',
]
const FEET_OUT: readonly ScreeningItem[] = ['foot-skin-condition', 'diabetes-numb-feet']

/**
 * The items that, without an urgent one, leave no massage type at all: one that rules out every
 * type, or one that rules out the back with one that rules out the feet. [] when a type is left.
 */
export function noMassageItems(items: readonly ScreeningItem[]): ScreeningItem[] {
  const all = items.filter((item) => NO_MASSAGE_ITEMS.includes(item))
  const back = items.filter((item) => BACK_OUT.includes(item))
  if (all.length > 0) return all
  const feet = items.filter((item) => FEET_OUT.includes(item))
  return back.length > 0 && feet.length > 0 ? [...back, ...feet] : []
}
