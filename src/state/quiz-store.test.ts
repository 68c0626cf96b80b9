import { expect, test, vi } from 'vitest'
import { SCREENING_TABLE } from '../engine'
import {
  CORRUPT_NOTICE,
  firstUnansweredIndex,
  hasProgress,
  hasUrgentItem,
  nextStep,
  PARTLY_CORRUPT_NOTICE,
  readSaved,
  reloadSaved,
  SAVE_KEY,
  SAVE_VERSION,
  useQuizStore,
} from './quiz-store'
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
  ['nothing saved', undefined, { answers: {}, screening: null, ticked: [], notice: null }],
  ['an empty object', {}, { answers: {}, screening: null, ticked: [], notice: null }],
  [
    'unreadable text',
    { unreadable: true },
    { answers: {}, screening: null, ticked: [], notice: CORRUPT_NOTICE },
  ],
  ['a number', 7, { answers: {}, screening: null, ticked: [], notice: CORRUPT_NOTICE }],
  ['a foreign shape', { quiz: 1 }, { answers: {}, screening: null, ticked: [], notice: CORRUPT_NOTICE }],
  [
    'valid progress',
    { answers: { severity: 2 }, screening: [], ticked: [] },
    { answers: { severity: 2 }, screening: [], ticked: [], notice: null },
  ],
  [
    'a bad answer beside a good one',
    { answers: { severity: 2, stress: 'yes' }, screening: null },
    { answers: { severity: 2 }, screening: null, ticked: [], notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'an unknown screening item',
    { answers: {}, screening: ['fever', 'gout'] },
    { answers: {}, screening: null, ticked: [], notice: CORRUPT_NOTICE },
  ],
  [
    'a repeated screening item',
    { answers: {}, screening: ['fever', 'fever'] },
    { answers: {}, screening: ['fever'], ticked: ['fever'], notice: null },
  ],
  [
    'ticks on an unfinished check',
    { answers: {}, screening: null, ticked: ['pregnancy', 'osteoporosis'] },
    { answers: {}, screening: null, ticked: ['pregnancy', 'osteoporosis'], notice: null },
  ],
  ['only ticks', { ticked: ['fever'] }, { answers: {}, screening: null, ticked: ['fever'], notice: null }],
  [
    'a save from before ticks were kept',
    { answers: {}, screening: ['fever', 'pregnancy'] },
    { answers: {}, screening: ['fever', 'pregnancy'], ticked: ['fever', 'pregnancy'], notice: null },
  ],
  [
    'an unknown tick',
    { answers: { severity: 1 }, screening: null, ticked: ['fever', 'gout'] },
    { answers: { severity: 1 }, screening: null, ticked: [], notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'ticks that are no list',
    { answers: {}, screening: null, ticked: 'fever' },
    { answers: {}, screening: null, ticked: [], notice: CORRUPT_NOTICE },
  ],
  [
    'ticks on both pages of the check, items added since the first save included',
    { answers: {}, screening: null, ticked: ['night-pain', 'osteoporosis', 'foot-skin-condition'] },
    {
      answers: {},
      screening: null,
      ticked: ['night-pain', 'osteoporosis', 'foot-skin-condition'],
      notice: null,
    },
  ],
  [
    // A finished check with an id this version does not know is asked again, never half-kept.
    'a finished check with an unknown item',
    { answers: { severity: 1 }, screening: ['chest-pain', 'gout'], ticked: ['chest-pain', 'gout'] },
    { answers: { severity: 1 }, screening: null, ticked: [], notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'a repeated tick',
    { answers: {}, screening: null, ticked: ['fever', 'fever'] },
    { answers: {}, screening: null, ticked: ['fever'], notice: null },
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
  expect(nextStep(answers, screening === null ? null : [...screening])).toEqual(expected)
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

test('progress exists once the check is done, a box is ticked or any answer is given', () => {
  expect(hasProgress({}, null, [])).toBe(false)
  expect(hasProgress({}, [], [])).toBe(true)
  expect(hasProgress({}, null, ['fever'])).toBe(true)
  expect(hasProgress({ severity: 0 }, null, [])).toBe(true)
})

test('answers and screening are saved, the notice is not', () => {
  useQuizStore.getState().setAnswer('severity', 4)
  useQuizStore.getState().setScreening(['fever'])
  useQuizStore.setState({ notice: 'hello' })
  const stored = JSON.parse(localStorage.getItem(SAVE_KEY) ?? 'null')
  expect(stored.state).toEqual({ answers: { severity: 4 }, screening: ['fever'], ticked: ['fever'] })
})

test('each tick is saved as it is made, in table order, and the check stays not done', () => {
  const { setTicked } = useQuizStore.getState()
  setTicked('osteoporosis', true)
  setTicked('pregnancy', true)
  setTicked('fever', true)
  setTicked('pregnancy', false)
  setTicked('fever', true)
  expect(useQuizStore.getState().ticked).toEqual(['fever', 'osteoporosis'])
  expect(useQuizStore.getState().screening).toBeNull()
  const stored = JSON.parse(localStorage.getItem(SAVE_KEY) ?? 'null')
  expect(stored.state).toEqual({ answers: {}, screening: null, ticked: ['fever', 'osteoporosis'] })
})

test('finishing the check sets the ticks to match; reset and adopting shared answers clear them', () => {
  const store = useQuizStore
  store.getState().setTicked('fever', true)
  store.getState().setScreening(['pregnancy'])
  expect(store.getState().ticked).toEqual(['pregnancy'])
  store.getState().adoptAnswers(FULL)
  expect(store.getState().ticked).toEqual([])
  store.getState().setTicked('fever', true)
  store.getState().reset()
  expect(store.getState().ticked).toEqual([])
  expect(store.getState().screening).toBeNull()
})

test('adopting shared answers asks for a fresh safety check', () => {
  useQuizStore.getState().setScreening(['fever'])
  useQuizStore.getState().adoptAnswers(FULL)
  expect(useQuizStore.getState().answers).toEqual(FULL)
  expect(nextStep(useQuizStore.getState().answers, useQuizStore.getState().screening)).toEqual({
    kind: 'check',
  })
})

test('nothing left to keep removes the saved record, so the next visit opens as a first visit', () => {
  const store = useQuizStore.getState()
  store.setAnswer('severity', 4)
  expect(localStorage.getItem(SAVE_KEY)).not.toBeNull()
  store.reset()
  expect(localStorage.getItem(SAVE_KEY)).toBeNull()
  store.setTicked('fever', true)
  expect(localStorage.getItem(SAVE_KEY)).not.toBeNull()
  store.setTicked('fever', false)
  expect(localStorage.getItem(SAVE_KEY)).toBeNull()
})

test('saved progress is written in the format earlier versions wrote, and read back as a reload would', () => {
  useQuizStore.getState().setAnswer('duration', 'chronic')
  expect(JSON.parse(localStorage.getItem(SAVE_KEY) ?? 'null')).toEqual({
    state: { answers: { duration: 'chronic' }, screening: null, ticked: [] },
    version: SAVE_VERSION,
  })
  // A save made by zustand's persist middleware (before it was replaced) opens unchanged.
  localStorage.setItem(
    SAVE_KEY,
    JSON.stringify({ state: { answers: { severity: 7 }, screening: ['osteoporosis'] }, version: 1 }),
  )
  reloadSaved()
  const state = useQuizStore.getState()
  expect(state.answers).toEqual({ severity: 7 })
  expect(state.screening).toEqual(['osteoporosis'])
  expect(state.ticked).toEqual(['osteoporosis'])
  expect(state.notice).toBeNull()
})

test('a save that is not JSON, or storage that throws, never breaks the store', () => {
  localStorage.setItem(SAVE_KEY, '{not json')
  reloadSaved()
  expect(useQuizStore.getState().notice).toBe(CORRUPT_NOTICE)
  expect(useQuizStore.getState().answers).toEqual({})

  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new Error('blocked')
  })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('full')
  })
  reloadSaved()
  expect(useQuizStore.getState().notice).toBeNull()
  expect(() => useQuizStore.getState().setAnswer('severity', 2)).not.toThrow()
  expect(useQuizStore.getState().answers).toEqual({ severity: 2 })
})
