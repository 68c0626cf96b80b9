// The massage types' table: a type is added here and in type-details.ts, which tsc then names.
// Kept free of the guide's longer texts and the drawings (type-details.ts), because the first
// screens load this module.
interface MassageEntry {
  type: string
  /** Display name, exactly as in the guide. */
  name: string
  /** Works directly on the back (reflexology works on the feet). */
  onBack: boolean
  /** Uses firm or focused pressure: what fragile bones, blood thinners or pregnancy rule out. */
  deepPressure: boolean
}

/** One entry per type, in the guide's order. This order also breaks ties in rankings. */
export const MASSAGE_CATALOG = [
  { type: 'swedish', name: 'Swedish Massage', onBack: true, deepPressure: false },
  { type: 'deep-tissue', name: 'Deep Tissue Massage', onBack: true, deepPressure: true },
  { type: 'trigger-point', name: 'Trigger Point Therapy', onBack: true, deepPressure: true },
  { type: 'myofascial-release', name: 'Myofascial Release', onBack: true, deepPressure: false },
  { type: 'reflexology', name: 'Reflexology', onBack: false, deepPressure: false },
] as const satisfies readonly MassageEntry[]

export type MassageType = (typeof MASSAGE_CATALOG)[number]['type']

type MassageCatalogEntry = (typeof MASSAGE_CATALOG)[number]

// Called under @__PURE__ with only arrow functions as arguments, so a chunk that uses none of
// these lists drops them (and the catalog) when tree-shaking.
function typesWhere(has: (entry: MassageCatalogEntry) => boolean): readonly MassageType[] {
  return Object.freeze(MASSAGE_CATALOG.filter(has).map((e) => e.type))
}

function namesOf(): Readonly<Record<MassageType, string>> {
  return Object.freeze(
    Object.fromEntries(MASSAGE_CATALOG.map((e) => [e.type, e.name])) as Record<MassageType, string>,
  )
}

/** All the types, in the guide's order. This order also breaks ties in rankings. */
export const MASSAGE_TYPES: readonly MassageType[] = /* @__PURE__ */ typesWhere(() => true)

export const MASSAGE_NAMES: Readonly<Record<MassageType, string>> = /* @__PURE__ */ namesOf()

/** The types that work directly on the back, in catalog order. */
export const ON_BACK_TYPES: readonly MassageType[] = /* @__PURE__ */ typesWhere((e) => e.onBack)

/** The types that use firm or focused pressure, in catalog order. */
export const DEEP_PRESSURE_TYPES: readonly MassageType[] = /* @__PURE__ */ typesWhere((e) => e.deepPressure)
