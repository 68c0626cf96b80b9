import { expect, test } from 'vitest'
import { parseAnswers } from '../src/engine'
import { answerSet } from '../src/test/answer-sets'
import { SAVE_KEY as STORE_KEY, SAVE_VERSION, readSaved } from '../src/state/saved-progress'
import { ACUTE_LIGHT, CHRONIC_FIRM, EVERY_SECTION, saved } from './saved-answers.mjs'

// tsc reads saved-answers.d.mts, not the plain objects: this checks the objects themselves.
test.each([
  ['CHRONIC_FIRM', CHRONIC_FIRM],
  ['ACUTE_LIGHT', ACUTE_LIGHT],
  ['EVERY_SECTION', EVERY_SECTION],
])('%s is a valid answer set once completed', (_, answers) => {
  const complete = answerSet(answers)
  expect(parseAnswers(complete)).toEqual({ ok: true, value: complete })
})

test('the store reads the scripts’ saved progress back as it was', () => {
  const record = JSON.parse(saved(CHRONIC_FIRM, ['osteoporosis'])[STORE_KEY] ?? 'null')
  expect(record.version).toBe(SAVE_VERSION)
  expect(readSaved(record.state)).toEqual({
    answers: CHRONIC_FIRM,
    screening: ['osteoporosis'],
    ticked: ['osteoporosis'],
    noted: [],
    notice: null,
  })
})
