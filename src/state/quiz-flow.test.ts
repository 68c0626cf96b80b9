// @vitest-environment node
import { expect, test } from 'vitest'
import { SCREENING_TABLE } from '../engine'
import { firstUnansweredIndex, hasUrgentItem, nextStep, safetyItems } from './quiz-flow'
import { answerSet } from '../test/answer-sets'

const FULL = answerSet({
  severity: 5,
  duration: 'acute',
  radiation: 'none',
  pressure: 'light',
  knots: 'none',
  stiffness: false,
  stress: false,
})

test.each([
  ['no safety check yet', { severity: 3 }, null, { kind: 'check' }],
  ['an urgent sign', FULL, ['pregnancy', 'saddle-numbness'], { kind: 'stop' }],
  ['a fresh quiz after the check', {}, [], { kind: 'question', index: 0 }],
  [
    'a gap in the answers',
    { severity: 3, duration: 'acute', pressure: 'firm' },
    ['osteoporosis'],
    { kind: 'question', index: 2 },
  ],
  ['every answer given', FULL, [], { kind: 'result' }],
  ['chest pain', {}, ['chest-pain'], { kind: 'stop' }],
  ['a fever, every type ruled out', {}, ['fever', 'osteoporosis'], { kind: 'no-massage' }],
  [
    'the back and the feet both ruled out',
    {},
    ['recent-surgery', 'foot-skin-condition'],
    { kind: 'no-massage' },
  ],
  ['only the feet ruled out', {}, ['foot-skin-condition'], { kind: 'question', index: 0 }],
] as const)('nextStep: %s', (_, answers, screening, expected) => {
  expect(nextStep({ answers, screening: screening === null ? null : [...screening], noted: [] })).toEqual(
    expected,
  )
})

test.each([
  [
    'an urgent sign noted at a check-in stops the quiz, even before a safety check',
    null,
    ['saddle-numbness'],
    { kind: 'stop' },
  ],
  ['a fever noted at a check-in rules out every type', [], ['fever'], { kind: 'no-massage' }],
  ['a see-a-doctor sign noted at a check-in keeps the result', [], ['weight-loss'], { kind: 'result' }],
  ['a sign noted without a safety check still asks for the check', null, ['weight-loss'], { kind: 'check' }],
] as const)('nextStep with signs noted at check-ins: %s', (_, screening, noted, expected) => {
  const saved = {
    answers: FULL,
    screening: screening === null ? null : [...screening],
    noted: noted.map((item) => ({ item, day: '2026-12-01' })),
  }
  expect(nextStep(saved)).toEqual(expected)
})

test("the safety items are the check's and the noted signs", () => {
  expect(
    safetyItems({
      screening: ['osteoporosis'],
      noted: [
        { item: 'fever', day: '2026-12-01' },
        { item: 'osteoporosis', day: '2026-12-02' },
      ],
    }),
  ).toEqual(['osteoporosis', 'fever'])
  expect(safetyItems({ screening: null, noted: [] })).toEqual([])
})

test('only the four nerve signs and chest pain count as urgent', () => {
  const urgent = SCREENING_TABLE.filter((e) => hasUrgentItem([e.item])).map((e) => e.item)
  expect(urgent).toEqual([
    'bladder-bowel-change',
    'saddle-numbness',
    'leg-weakness',
    'sexual-function',
    'chest-pain',
  ])
  expect(hasUrgentItem(null)).toBe(false)
  expect(hasUrgentItem([])).toBe(false)
})

test('firstUnansweredIndex is -1 only when every question is answered', () => {
  expect(firstUnansweredIndex({})).toBe(0)
  expect(firstUnansweredIndex({ ...FULL, stress: undefined })).toBe(6)
  expect(firstUnansweredIndex(FULL)).toBe(-1)
})
