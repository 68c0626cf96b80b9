import { expect, test } from 'vitest'
import { SCREENING_TABLE, type QuizAnswers } from '../engine'
import {
  CORRUPT_NOTICE,
  firstUnansweredIndex,
  hasProgress,
  hasUrgentItem,
  nextStep,
  PARTLY_CORRUPT_NOTICE,
  readSaved,
  SAVE_KEY,
  useQuizStore,
} from './quiz-store'

const FULL: QuizAnswers = {
  severity: 5,
  duration: 'acute',
  radiation: 'none',
  pressure: 'light',
  knots: 'none',
  stiffness: false,
  stress: false,
}

test.each([
  ['nothing saved', undefined, { answers: {}, screening: null, notice: null }],
  ['an empty object', {}, { answers: {}, screening: null, notice: null }],
  ['unreadable text', { unreadable: true }, { answers: {}, screening: null, notice: CORRUPT_NOTICE }],
  ['a number', 7, { answers: {}, screening: null, notice: CORRUPT_NOTICE }],
  ['a foreign shape', { quiz: 1 }, { answers: {}, screening: null, notice: CORRUPT_NOTICE }],
  [
    'valid progress',
    { answers: { severity: 2 }, screening: [] },
    { answers: { severity: 2 }, screening: [], notice: null },
  ],
  [
    'a bad answer beside a good one',
    { answers: { severity: 2, stress: 'yes' }, screening: null },
    { answers: { severity: 2 }, screening: null, notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'an unknown screening item',
    { answers: {}, screening: ['fever', 'gout'] },
    { answers: {}, screening: null, notice: CORRUPT_NOTICE },
  ],
  [
    'a repeated screening item',
    { answers: {}, screening: ['fever', 'fever'] },
    { answers: {}, screening: ['fever'], notice: null },
  ],
])('readSaved: %s', (_, input, expected) => {
  expect(readSaved(input)).toEqual(expected)
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
  ['every answer given', FULL, [], { kind: 'result', answers: FULL }],
] as const)('nextStep: %s', (_, answers, screening, expected) => {
  expect(nextStep(answers, screening === null ? null : [...screening])).toEqual(expected)
})

test('only the three nerve signs count as urgent', () => {
  const urgent = SCREENING_TABLE.filter((e) => hasUrgentItem([e.item])).map((e) => e.item)
  expect(urgent).toEqual(['bladder-bowel-change', 'saddle-numbness', 'leg-weakness'])
  expect(hasUrgentItem(null)).toBe(false)
  expect(hasUrgentItem([])).toBe(false)
})

test('firstUnansweredIndex is -1 only when every question is answered', () => {
  expect(firstUnansweredIndex({})).toBe(0)
  expect(firstUnansweredIndex({ ...FULL, stress: undefined })).toBe(6)
  expect(firstUnansweredIndex(FULL)).toBe(-1)
})

test('progress exists once the check is done or any answer is given', () => {
  expect(hasProgress({}, null)).toBe(false)
  expect(hasProgress({}, [])).toBe(true)
  expect(hasProgress({ severity: 0 }, null)).toBe(true)
})

test('answers and screening are saved, the notice is not', () => {
  useQuizStore.getState().setAnswer('severity', 4)
  useQuizStore.getState().setScreening(['fever'])
  useQuizStore.setState({ notice: 'hello' })
  const stored = JSON.parse(localStorage.getItem(SAVE_KEY) ?? 'null')
  expect(stored.state).toEqual({ answers: { severity: 4 }, screening: ['fever'] })
})

test('adopting shared answers asks for a fresh safety check', () => {
  useQuizStore.getState().setScreening(['fever'])
  useQuizStore.getState().adoptAnswers(FULL)
  expect(useQuizStore.getState().answers).toEqual(FULL)
  expect(nextStep(useQuizStore.getState().answers, useQuizStore.getState().screening)).toEqual({
    kind: 'check',
  })
})
