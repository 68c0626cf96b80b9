import { expect, test } from 'vitest'
import {
  LEVELS,
  MASSAGE_TYPES,
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

// Every combination in the normal run; every n-th under mutation testing (see vitest.stryker.config.ts).
const STRIDE = Number(process.env.MUTATION_STRIDE ?? '1')

const BACK: MassageType[] = ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release']
const DEEP: MassageType[] = ['deep-tissue', 'trigger-point']

// What each item means for a person, written out here so a changed table fails a test.
const expected: {
  item: ScreeningItem
  level: Exclude<Level, 'clear'>
  avoid: readonly MassageType[]
  says: RegExp
}[] = [
  { item: 'bladder-bowel-change', level: 'urgent', avoid: MASSAGE_TYPES, says: /medical help now/i },
  { item: 'saddle-numbness', level: 'urgent', avoid: MASSAGE_TYPES, says: /medical help now/i },
  { item: 'leg-weakness', level: 'urgent', avoid: MASSAGE_TYPES, says: /medical help now/i },
  { item: 'fever', level: 'doctor-first', avoid: MASSAGE_TYPES, says: /doctor/i },
  { item: 'weight-loss', level: 'doctor-first', avoid: DEEP, says: /doctor/i },
  { item: 'cancer-history', level: 'doctor-first', avoid: DEEP, says: /doctor/i },
  { item: 'recent-trauma', level: 'doctor-first', avoid: BACK, says: /broken bone/i },
  { item: 'recent-surgery', level: 'doctor-first', avoid: BACK, says: /surgeon or doctor/i },
  { item: 'blood-clot', level: 'doctor-first', avoid: MASSAGE_TYPES, says: /clot/i },
  {
    item: 'pregnancy',
    level: 'doctor-first',
    avoid: ['deep-tissue', 'trigger-point'],
    says: /doctor or midwife/i,
  },
  { item: 'osteoporosis', level: 'caution', avoid: DEEP, says: /light pressure/i },
  { item: 'bleeding-disorder', level: 'caution', avoid: DEEP, says: /gentle pressure/i },
  { item: 'skin-condition', level: 'caution', avoid: BACK, says: /reflexology/i },
]

/** Every subset of the screening items, as lists in table order. */
function allSubsets(): ScreeningItem[][] {
  const subsets: ScreeningItem[][] = []
  for (let mask = 0; mask < 1 << SCREENING_ITEMS.length; mask++) {
    subsets.push(SCREENING_ITEMS.filter((_, i) => mask & (1 << i)))
  }
  return subsets
}

test('the table has the thirteen items of the contract, each once', () => {
  expect([...SCREENING_ITEMS].sort()).toEqual(expected.map((e) => e.item).sort())
  expect(SCREENING_TABLE.map((e) => e.item)).toEqual([...SCREENING_ITEMS])
})

test.each(expected)('$item alone gives level $level with its own advice', ({ item, level, avoid, says }) => {
  const result = screen([item])
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
  expect(groups.filter((g) => g === 'warning-sign')).toHaveLength(7)
})

test.each(['bladder-bowel-change', 'saddle-numbness', 'leg-weakness'] as const)(
  '%s, a sign of nerve compression, is urgent',
  (item) => {
    expect(screen([item]).level).toBe('urgent')
    expect(screen([item, 'osteoporosis', 'fever']).level).toBe('urgent')
  },
)

test('only the three signs of nerve compression are urgent', () => {
  expect(SCREENING_TABLE.filter((e) => e.level === 'urgent').map((e) => e.item)).toEqual([
    'bladder-bowel-change',
    'saddle-numbness',
    'leg-weakness',
  ])
})

test('no items is clear with no flags', () => {
  expect(screen([])).toEqual({ level: 'clear', flags: [] })
})

test('levels run from clear to urgent, and their rank is their seriousness', () => {
  expect(LEVELS).toEqual(['clear', 'caution', 'doctor-first', 'urgent'])
  expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3])
})

test.each(SCREENING_ITEMS.flatMap((a, i) => SCREENING_ITEMS.slice(i + 1).map((b) => ({ a, b }))))(
  '$a with $b: the level is the more serious one, flags most serious first',
  ({ a, b }) => {
    const result = screen([a, b])
    const levels = [a, b].map((item) => expected.find((e) => e.item === item)!.level)
    const worst = levels.reduce((x, y) => (levelRank(x) >= levelRank(y) ? x : y))
    expect(result.level).toBe(worst)
    expect(result.flags.map((f) => f.item).sort()).toEqual([a, b].sort())
    expect(levelRank(result.flags[0]!.level)).toBeGreaterThanOrEqual(levelRank(result.flags[1]!.level))
    expect(screen([b, a])).toEqual(result)
  },
)

test('for every combination of items the level is the most serious flag and flags are sorted, ties in table order', () => {
  const problems: string[] = []
  for (const items of allSubsets().filter((_, i) => i % STRIDE === 0)) {
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
