import { expect, test, vi } from 'vitest'
import { nextStep } from './quiz-flow'
import { reloadSaved, useQuizStore } from './quiz-store'
import { CORRUPT_NOTICE, SAVE_KEY, SAVE_VERSION } from './saved-progress'
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

const stored = () => JSON.parse(localStorage.getItem(SAVE_KEY) ?? 'null')?.state

/** What another tab does: writes its own record to storage, which this tab has not read. */
function anotherTabSaves(state: object) {
  localStorage.setItem(SAVE_KEY, JSON.stringify({ state, version: SAVE_VERSION }))
}

test('answers and screening are saved, the notice is not', () => {
  useQuizStore.getState().setAnswer('severity', 4)
  useQuizStore.getState().setScreening(['fever'])
  useQuizStore.setState({ notice: 'hello' })
  const stored = JSON.parse(localStorage.getItem(SAVE_KEY) ?? 'null')
  expect(stored.state).toEqual({
    answers: { severity: 4 },
    screening: ['fever'],
    ticked: ['fever'],
    noted: [],
  })
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
  expect(stored.state).toEqual({ answers: {}, screening: null, ticked: ['fever', 'osteoporosis'], noted: [] })
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
  expect(nextStep(useQuizStore.getState())).toEqual({ kind: 'check' })
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
    state: { answers: { duration: 'chronic' }, screening: null, ticked: [], noted: [] },
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

test('a sign noted at a check-in joins the safety state with its day, once; a new safety check supersedes it', () => {
  const store = useQuizStore
  store.getState().setScreening(['osteoporosis'])
  store.getState().noteSigns(['weight-loss', 'osteoporosis'], '2026-12-01')
  store.getState().noteSigns(['weight-loss', 'fever'], '2026-12-03')
  expect(store.getState().noted).toEqual([
    { item: 'weight-loss', day: '2026-12-01' },
    { item: 'fever', day: '2026-12-03' },
  ])
  expect(stored().noted).toEqual(store.getState().noted)
  store.getState().setScreening([])
  expect(store.getState().noted).toEqual([])
})

test('every change is made to what is stored now: an answer given in another tab is kept', () => {
  useQuizStore.getState().setAnswer('severity', 4)
  // The other tab answered the next question and ticked nothing new; this tab has not seen it.
  anotherTabSaves({ answers: { severity: 4, duration: 'chronic' }, screening: [], ticked: [] })
  useQuizStore.getState().setAnswer('radiation', 'none')
  expect(useQuizStore.getState().answers).toEqual({ severity: 4, duration: 'chronic', radiation: 'none' })
  expect(stored().answers).toEqual({ severity: 4, duration: 'chronic', radiation: 'none' })
  expect(useQuizStore.getState().screening).toEqual([])
})

test("a sign noted in the journal's tab is not undone by an answer changed in the quiz's tab", () => {
  useQuizStore.getState().setScreening([])
  anotherTabSaves({
    answers: {},
    screening: [],
    ticked: [],
    noted: [{ item: 'weight-loss', day: '2026-12-01' }],
  })
  useQuizStore.getState().setAnswer('severity', 6)
  expect(stored().noted).toEqual([{ item: 'weight-loss', day: '2026-12-01' }])
  expect(useQuizStore.getState().noted).toEqual([{ item: 'weight-loss', day: '2026-12-01' }])
})

test("start over in another tab is kept: this tab's next answer starts from nothing", () => {
  useQuizStore.getState().setScreening(['osteoporosis'])
  useQuizStore.getState().setAnswer('severity', 4)
  localStorage.removeItem(SAVE_KEY)
  useQuizStore.getState().setAnswer('duration', 'acute')
  expect(useQuizStore.getState().answers).toEqual({ duration: 'acute' })
  expect(useQuizStore.getState().screening).toBeNull()
})

test('a change saved in another tab shows here at once (the storage event)', () => {
  anotherTabSaves({ answers: { severity: 9 }, screening: ['fever'], ticked: ['fever'] })
  window.dispatchEvent(new StorageEvent('storage', { key: SAVE_KEY }))
  expect(useQuizStore.getState().answers).toEqual({ severity: 9 })
  expect(useQuizStore.getState().screening).toEqual(['fever'])
  // Another key's change is none of this store's business.
  anotherTabSaves({ answers: { severity: 1 }, screening: null })
  window.dispatchEvent(new StorageEvent('storage', { key: 'something-else' }))
  expect(useQuizStore.getState().answers).toEqual({ severity: 9 })
})
