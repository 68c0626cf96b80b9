// @vitest-environment node
import { expect, test } from 'vitest'
import {
  DEEP_PRESSURE_TYPES,
  LEVELS,
  MASSAGE_TYPES,
  ON_BACK_TYPES,
  NO_MASSAGE_ITEMS,
  SCREENING_ITEMS,
  SCREENING_TABLE,
  URGENT_ITEMS,
  isScreeningItem,
  levelRank,
  screen,
  type Level,
  type MassageType,
  type ScreeningItem,
} from './index'
import { RULED_OUT_WHY, noMassageItems } from './index'
import { screeningSubsets } from '../test/screening-sets'

// Every combination in the normal run; every n-th under mutation testing (see vitest.stryker.config.ts).
const STRIDE = Number(process.env.MUTATION_STRIDE ?? '1')

// The catalog's sets of types (catalog.test.ts holds which type is which), so a new type needs no edit here.
const BACK: readonly MassageType[] = ON_BACK_TYPES
const DEEP: readonly MassageType[] = DEEP_PRESSURE_TYPES
const FEET: readonly MassageType[] = MASSAGE_TYPES.filter((type) => !ON_BACK_TYPES.includes(type))

// Who to see and how soon, in the same words wherever they appear.
const NOW = /^Get medical help now: (go to an emergency department or )?call your local emergency number\./
// The NHS's "see a GP urgently or call 111": an urgent appointment, today or tomorrow.
const URGENT_GP = /^Ask for an urgent appointment with a doctor, today or tomorrow, before booking a massage/

// What each item means for a person, written out here so a changed table fails a test.
const expected: {
  item: ScreeningItem
  level: Exclude<Level, 'clear'>
  group: 'warning-sign' | 'condition'
  avoid: readonly MassageType[]
  says: RegExp
  watchFor: boolean
}[] = [
  // The NHS's "call 999 or go to A&E" signs.
  {
    item: 'bladder-bowel-change',
    level: 'urgent',
    group: 'warning-sign',
    avoid: MASSAGE_TYPES,
    says: NOW,
    watchFor: true,
  },
  {
    item: 'saddle-numbness',
    level: 'urgent',
    group: 'warning-sign',
    avoid: MASSAGE_TYPES,
    says: NOW,
    watchFor: true,
  },
  {
    item: 'leg-weakness',
    level: 'urgent',
    group: 'warning-sign',
    avoid: MASSAGE_TYPES,
    says: NOW,
    watchFor: true,
  },
  {
    item: 'sexual-function',
    level: 'urgent',
    group: 'warning-sign',
    avoid: MASSAGE_TYPES,
    says: NOW,
    watchFor: true,
  },
  {
    item: 'chest-pain',
    level: 'urgent',
    group: 'warning-sign',
    avoid: MASSAGE_TYPES,
    // The NHS: call 999 for chest pain. Calling comes first, before any other way.
    says: /^Call your local emergency number now\. Do not wait for it to pass/,
    watchFor: true,
  },
  {
    item: 'recent-trauma',
    level: 'doctor-first',
    group: 'warning-sign',
    avoid: MASSAGE_TYPES,
    // The NHS: 999 or A&E for pain after a serious accident.
    says: /^Go to an emergency department now, to be checked for a broken bone/,
    watchFor: false,
  },
  // The NHS's "see a GP urgently or call 111" signs.
  {
    item: 'fever',
    level: 'doctor-first',
    group: 'warning-sign',
    avoid: MASSAGE_TYPES,
    says: /^See a doctor today/,
    watchFor: true,
  },
  {
    item: 'weight-loss',
    level: 'doctor-first',
    group: 'warning-sign',
    avoid: DEEP,
    says: URGENT_GP,
    watchFor: false,
  },
  {
    item: 'night-pain',
    level: 'doctor-first',
    group: 'warning-sign',
    avoid: DEEP,
    says: URGENT_GP,
    watchFor: false,
  },
  {
    item: 'cough-or-upper-pain',
    level: 'doctor-first',
    group: 'warning-sign',
    avoid: DEEP,
    says: URGENT_GP,
    watchFor: false,
  },
  {
    item: 'back-lump',
    level: 'doctor-first',
    group: 'warning-sign',
    avoid: BACK,
    says: URGENT_GP,
    watchFor: false,
  },
  // Health conditions: those clinicians ask about, and the guide's four cautions.
  {
    item: 'cancer-history',
    level: 'doctor-first',
    group: 'condition',
    avoid: DEEP,
    says: /contact your cancer team or your doctor within 24 hours/,
    watchFor: false,
  },
  {
    item: 'weak-immune-system',
    level: 'doctor-first',
    group: 'condition',
    avoid: DEEP,
    says: URGENT_GP,
    watchFor: false,
  },
  {
    item: 'recent-surgery',
    level: 'doctor-first',
    group: 'condition',
    avoid: BACK,
    says: /surgeon or doctor/i,
    watchFor: false,
  },
  {
    item: 'minor-fall',
    level: 'doctor-first',
    group: 'condition',
    avoid: BACK,
    says: /^See a doctor within a day or two.*break a bone/,
    watchFor: false,
  },
  {
    item: 'pregnancy',
    level: 'doctor-first',
    group: 'condition',
    avoid: DEEP,
    says: /doctor or midwife/i,
    watchFor: false,
  },
  {
    item: 'heart-disease',
    level: 'doctor-first',
    group: 'condition',
    avoid: DEEP,
    says: /^Ask your doctor or heart nurse before booking a massage/,
    watchFor: false,
  },
  {
    item: 'diabetes-numb-feet',
    level: 'caution',
    group: 'condition',
    avoid: FEET,
    // The risk is in the numb feet: no foot work until a doctor or foot clinic says so; the back is fine.
    says: /^No foot massage or reflexology until your doctor or foot clinic says it is safe.*Massage on your back is fine.*Never put heat on numb skin/,
    watchFor: false,
  },
  {
    item: 'blood-clot',
    level: 'doctor-first',
    group: 'condition',
    avoid: MASSAGE_TYPES,
    says: /clot.*today/,
    watchFor: false,
  },
  {
    item: 'osteoporosis',
    level: 'caution',
    group: 'condition',
    avoid: DEEP,
    says: /light pressure/i,
    watchFor: false,
  },
  {
    item: 'bleeding-disorder',
    level: 'caution',
    group: 'condition',
    avoid: DEEP,
    says: /gentle pressure/i,
    watchFor: false,
  },
  {
    item: 'skin-condition',
    level: 'caution',
    group: 'condition',
    avoid: BACK,
    says: /back.*reflexology/i,
    watchFor: false,
  },
  {
    item: 'foot-skin-condition',
    level: 'caution',
    group: 'condition',
    avoid: FEET,
    says: /feet.*reflexology/i,
    watchFor: false,
  },
]

test('the table has the items of the contract and those added beside them, each once', () => {
  expect([...SCREENING_ITEMS].sort()).toEqual(expected.map((e) => e.item).sort())
  expect(SCREENING_TABLE.map((e) => e.item)).toEqual([...SCREENING_ITEMS])
})

test.each(expected)('$item alone gives level $level with its own advice', ({ item, level, avoid, says }) => {
  const result = screen([item])
  expect(SCREENING_TABLE.find((e) => e.item === item)).toBeDefined()
  expect(result.level).toBe(level)
  expect(result.flags).toHaveLength(1)
  const flag = result.flags[0]!
  expect(flag.item).toBe(item)
  expect(flag.level).toBe(level)
  expect([...flag.avoid].sort()).toEqual([...avoid].sort())
  expect(flag.advice.length).toBeGreaterThan(20)
  expect(flag.advice).toMatch(says)
})

test.each(SCREENING_TABLE.map((e) => ({ ...e })))(
  '$item reads plainly in the safety check',
  ({ prompt, short, advice, detail, group }) => {
    expect(prompt).toMatch(/^[A-Z]/)
    expect(short).toMatch(/^[A-Z]/)
    expect(advice).toMatch(/^[A-Z].*\.$/)
    expect(detail === '' || /^[A-Z].*\.$/.test(detail)).toBe(true)
    expect(['warning-sign', 'condition']).toContain(group)
  },
)

test('the warning signs come first in the table, then the health conditions', () => {
  const groups = SCREENING_TABLE.map((e) => e.group)
  const firstCondition = groups.indexOf('condition')
  expect(firstCondition).toBeGreaterThan(0)
  expect(groups.slice(0, firstCondition).every((g) => g === 'warning-sign')).toBe(true)
  expect(SCREENING_TABLE.map((e) => [e.item, e.group])).toEqual(expected.map((e) => [e.item, e.group]))
})

test('each item is a sign to watch for (told with a clear check) exactly when the table says', () => {
  expect(SCREENING_TABLE.filter((e) => e.watchFor).map((e) => e.item)).toEqual(
    expected.filter((e) => e.watchFor).map((e) => e.item),
  )
})

test.each(['bladder-bowel-change', 'saddle-numbness', 'leg-weakness', 'sexual-function'] as const)(
  '%s, a sign of nerve compression, is urgent, asked as new, and says why in the same words',
  (item) => {
    expect(screen([item]).level).toBe('urgent')
    expect(screen([item, 'osteoporosis', 'fever']).level).toBe('urgent')
    const entry = SCREENING_TABLE.find((e) => e.item === item)!
    expect(entry.prompt).toMatch(/\bnew\b/i)
    expect(entry.advice).toMatch(
      /pressure on the nerves at the base of the spine, which needs checking straight away\.$/,
    )
  },
)

test('chest pain is urgent, but its advice is the emergency number, not the nerves', () => {
  const entry = SCREENING_TABLE.find((e) => e.item === 'chest-pain')!
  expect(screen(['chest-pain', 'osteoporosis']).level).toBe('urgent')
  expect(entry.advice).not.toMatch(/nerve/)
  expect(RULED_OUT_WHY['chest-pain']).not.toMatch(/nerve/)
  expect(entry.advice).toMatch(/heart/)
})

test('the urgent items are the four signs of nerve compression and chest pain', () => {
  expect(SCREENING_TABLE.filter((e) => e.level === 'urgent').map((e) => e.item)).toEqual([
    'bladder-bowel-change',
    'saddle-numbness',
    'leg-weakness',
    'sexual-function',
    'chest-pain',
  ])
})

test('urgent wording is the same everywhere: now, never "today" or "a doctor soon"; chest pain calls first', () => {
  for (const e of SCREENING_TABLE.filter((e) => e.level === 'urgent')) {
    expect(e.advice, e.item).toMatch(
      e.call === 'first' ? /^Call your local emergency number now\./ : /^Get medical help now: /,
    )
    expect(e.advice).not.toMatch(/today|within (a|the)|few days|GP/i)
    expect(e.soon, e.item).toBe('now')
  }
  expect(SCREENING_TABLE.filter((e) => e.call === 'first').map((e) => e.item)).toEqual(['chest-pain'])
})

test('every advice that says to call the emergency number is marked, so its call button is shown beside it', () => {
  for (const e of SCREENING_TABLE) {
    expect(e.call !== null, e.item).toBe(/emergency number/.test(e.advice))
  }
})

test('how soon, for a heading: what each advice says, and a caution needs no doctor', () => {
  for (const e of SCREENING_TABLE) {
    if (e.level === 'caution') expect(e.soon, e.item).toBeNull()
    if (e.level === 'doctor-first') expect(e.soon, e.item).not.toBeNull()
    if (e.soon === 'now') expect(e.advice, e.item).toMatch(/now/)
    if (e.soon === 'today') expect(e.advice, e.item).toMatch(/today/)
    if (e.soon === 'urgent-gp') expect(e.advice, e.item).toMatch(/urgent appointment|within 24 hours/)
    if (e.soon === 'days') expect(e.advice, e.item).toMatch(/day or two/)
  }
})

test("the NHS's see-a-GP-urgently signs are told an urgent appointment, never 'the next few days'", () => {
  for (const item of ['weight-loss', 'night-pain', 'cough-or-upper-pain', 'back-lump'] as const) {
    const e = SCREENING_TABLE.find((row) => row.item === item)!
    expect(e.soon, item).toBe('urgent-gp')
    expect(e.advice, item).not.toMatch(/next few days/)
  }
})

test('asked again at each check-in: every warning sign, and the conditions that can start during a plan', () => {
  expect(SCREENING_TABLE.filter((e) => e.atCheckIn && e.group === 'condition').map((e) => e.item)).toEqual([
    'minor-fall',
    'pregnancy',
    'blood-clot',
  ])
  for (const e of SCREENING_TABLE.filter((e) => e.group === 'warning-sign'))
    expect(e.atCheckIn, e.item).toBe(true)
})

test('every item that is not urgent says who to see and how soon, or what to ask for', () => {
  for (const e of SCREENING_TABLE.filter((e) => e.level === 'doctor-first')) {
    expect(e.advice, e.item).toMatch(/doctor|midwife|surgeon/i)
    expect(e.advice, e.item).toMatch(/now|today|within|before any massage|before booking/i)
  }
  for (const e of SCREENING_TABLE.filter((e) => e.level === 'caution')) {
    expect(e.advice, e.item).toMatch(/pressure|until the skin has healed|says it is safe/i)
  }
})

test('the leg item asks about both legs and new symptoms, and leaves pain down one leg to the questions', () => {
  const leg = SCREENING_TABLE.find((e) => e.item === 'leg-weakness')!
  expect(leg.prompt).toMatch(/^New numbness, weakness or pain in both legs/)
  expect(leg.detail).toMatch(/one leg only is asked about later/)
})

test('an accident sends a person not yet checked to an emergency department now; one already checked is not asked', () => {
  const trauma = SCREENING_TABLE.find((e) => e.item === 'recent-trauma')!
  expect(trauma.prompt).toMatch(
    /^Pain that started after a serious accident or fall, not yet checked by a doctor$/,
  )
  expect(trauma.advice).toMatch(/^Go to an emergency department now/)
  expect(trauma.soon).toBe('now')
  // A serious accident not yet checked: no massage at all, the quiz stops after the check.
  expect(trauma.avoid).toEqual(MASSAGE_TYPES)
  expect(noMassageItems(['recent-trauma'])).toEqual(['recent-trauma'])
})

test('skin is asked about on the back and on the feet: each rules out the massage that works there', () => {
  expect(screen(['skin-condition']).flags[0]!.avoid).toEqual(MASSAGE_TYPES.filter((t) => t !== 'reflexology'))
  expect(screen(['foot-skin-condition']).flags[0]!.avoid).toEqual(['reflexology'])
  expect(SCREENING_TABLE.find((e) => e.item === 'skin-condition')!.prompt).toMatch(/on your back$/)
  expect(SCREENING_TABLE.find((e) => e.item === 'foot-skin-condition')!.prompt).toMatch(/on your feet$/)
})

test('unexplained weight loss, night pain and a weak immune system rule out deep pressure, as cancer history does', () => {
  for (const item of ['weight-loss', 'night-pain', 'weak-immune-system', 'cancer-history'] as const) {
    expect(screen([item]).flags[0]!.avoid).toEqual(screen(['cancer-history']).flags[0]!.avoid)
  }
})

test('no items is clear with no flags', () => {
  expect(screen([])).toEqual({ level: 'clear', flags: [] })
})

test('levels run from clear to urgent, and their rank is their seriousness', () => {
  expect(LEVELS).toEqual(['clear', 'caution', 'doctor-first', 'urgent'])
  expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3])
})

test('every pair of items: the level is the more serious one, flags most serious first, in any order', () => {
  const problems: string[] = []
  for (const [i, a] of SCREENING_ITEMS.entries()) {
    for (const b of SCREENING_ITEMS.slice(i + 1)) {
      const result = screen([a, b])
      const levels = [a, b].map((item) => expected.find((e) => e.item === item)!.level)
      const worst = levels.reduce((x, y) => (levelRank(x) >= levelRank(y) ? x : y))
      const ok =
        result.level === worst &&
        result.flags
          .map((f) => f.item)
          .sort()
          .join() === [a, b].sort().join() &&
        levelRank(result.flags[0]!.level) >= levelRank(result.flags[1]!.level) &&
        JSON.stringify(screen([b, a])) === JSON.stringify(result)
      if (!ok) problems.push(`${a} with ${b}`)
    }
  }
  expect(problems).toEqual([])
})

test('for every combination of items the level is the most serious flag and flags are sorted, ties in table order', () => {
  const problems: string[] = []
  for (const items of screeningSubsets().filter((_, i) => i % STRIDE === 0)) {
    const { level, flags } = screen(items)
    const ranks = flags.map((f) => levelRank(f.level))
    const worst = items.length === 0 ? 'clear' : LEVELS[Math.max(...ranks)]
    const sorted = flags.every((f, i) => {
      if (i === 0) return true
      const before = flags[i - 1]!
      if (before.level !== f.level) return levelRank(before.level) > levelRank(f.level)
      return SCREENING_ITEMS.indexOf(before.item) < SCREENING_ITEMS.indexOf(f.item)
    })
    if (level !== worst || !sorted || flags.length !== items.length) problems.push(items.join(','))
  }
  expect(problems).toEqual([])
})

test('flags of the same level keep table order', () => {
  const { flags } = screen(['skin-condition', 'osteoporosis', 'pregnancy', 'fever'])
  expect(flags.map((f) => f.item)).toEqual(['fever', 'pregnancy', 'osteoporosis', 'skin-condition'])
})

test('an item given twice is counted once', () => {
  expect(screen(['fever', 'fever', 'osteoporosis', 'fever'])).toEqual(screen(['fever', 'osteoporosis']))
  expect(screen(['pregnancy', 'pregnancy']).flags).toHaveLength(1)
})

test('changing a returned flag does not change the table or later results', () => {
  const first = screen(['osteoporosis'])
  first.flags[0]!.avoid.push('swedish')
  expect(screen(['osteoporosis']).flags[0]!.avoid).toEqual(['deep-tissue', 'trigger-point'])
  expect(SCREENING_TABLE.find((e) => e.item === 'osteoporosis')!.avoid).toEqual([
    'deep-tissue',
    'trigger-point',
  ])
})

test('a flag carries only item, level, advice and what it rules out', () => {
  expect(Object.keys(screen(['pregnancy']).flags[0]!).sort()).toEqual(['advice', 'avoid', 'item', 'level'])
})

test.each([['headache'], [''], ['Fever'], [' fever'], [undefined], [null], [3], [{}]])(
  'an unknown item (%j) throws a RangeError naming it',
  (bad) => {
    const call = () => screen(['fever', bad] as unknown as ScreeningItem[])
    expect(call).toThrow(RangeError)
    expect(call).toThrow(`Unknown screening item: ${String(bad)}`)
  },
)

test('several unknown items are all named', () => {
  expect(() => screen(['a', 'fever', 'b'] as unknown as ScreeningItem[])).toThrow(
    'Unknown screening item: a, b',
  )
})

test.each([[null], [undefined], ['fever'], [{ length: 1, 0: 'fever' }], [7]])(
  'a screening that is not a list (%j) throws a RangeError',
  (bad) => {
    expect(() => screen(bad as unknown as ScreeningItem[])).toThrow(RangeError)
    expect(() => screen(bad as unknown as ScreeningItem[])).toThrow('Screening items must be a list')
  },
)

test.each([
  ...SCREENING_ITEMS.map((item) => ({ value: item as unknown, is: true })),
  { value: 'headache', is: false },
  { value: 'FEVER', is: false },
  { value: 'toString', is: false },
  { value: '', is: false },
  { value: null, is: false },
  { value: 1, is: false },
])('isScreeningItem($value) is $is', ({ value, is }) => {
  expect(isScreeningItem(value)).toBe(is)
})

test('the light list of ids matches the table: same items, same order, same urgent ones', () => {
  expect(SCREENING_TABLE.map((e) => e.item)).toEqual(SCREENING_ITEMS)
  expect(SCREENING_TABLE.filter((e) => e.level === 'urgent').map((e) => e.item)).toEqual(URGENT_ITEMS)
})

test('the items that stop the quiz without being urgent are exactly those that rule out every type', () => {
  const every = SCREENING_TABLE.filter((e) => e.level !== 'urgent' && e.avoid.length === MASSAGE_TYPES.length)
  expect([...NO_MASSAGE_ITEMS].sort()).toEqual(every.map((e) => e.item).sort())
})

// Each item rules out all types, those on the back, deep pressure, the feet, or none: so a few
// items of each kind stand for every combination.
test("each item rules out one of the catalog's sets of types", () => {
  const sets = [MASSAGE_TYPES, BACK, DEEP, FEET, []].map((set) => [...set].sort().join())
  for (const e of SCREENING_TABLE) expect(sets, e.item).toContain([...e.avoid].sort().join())
})

test('noMassageItems names what leaves no type at all, exactly when the flags together rule out every type', () => {
  const problems: string[] = []
  for (const items of screeningSubsets().filter((_, i) => i % STRIDE === 0)) {
    if (items.some((item) => URGENT_ITEMS.includes(item))) continue
    const out = new Set(screen(items).flags.flatMap((f) => f.avoid))
    const named = noMassageItems(items)
    const nothingLeft = out.size === MASSAGE_TYPES.length
    const namedOut = new Set(screen(named).flags.flatMap((f) => f.avoid))
    if (named.length > 0 !== nothingLeft) problems.push(`${items.join()}: ${named.join()}`)
    if (named.length > 0 && namedOut.size !== MASSAGE_TYPES.length)
      problems.push(`${items.join()}: named ${named.join()}`)
  }
  expect(problems).toEqual([])
})

test.each([
  { items: ['skin-condition', 'foot-skin-condition'], named: ['skin-condition', 'foot-skin-condition'] },
  { items: ['minor-fall', 'diabetes-numb-feet'], named: ['minor-fall', 'diabetes-numb-feet'] },
  { items: ['diabetes-numb-feet', 'heart-disease'], named: [] },
  {
    items: ['recent-trauma', 'osteoporosis', 'foot-skin-condition'],
    named: ['recent-trauma'],
  },
  { items: ['fever', 'skin-condition', 'foot-skin-condition'], named: ['fever'] },
  { items: ['foot-skin-condition', 'pregnancy'], named: [] },
  { items: ['back-lump'], named: [] },
] as { items: ScreeningItem[]; named: ScreeningItem[] }[])(
  'noMassageItems($items) is $named',
  ({ items, named }) => {
    expect(noMassageItems(items)).toEqual(named)
  },
)
