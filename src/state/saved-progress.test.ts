// @vitest-environment node
import { expect, test } from 'vitest'
import { CORRUPT_NOTICE, hasProgress, PARTLY_CORRUPT_NOTICE, readSaved } from './saved-progress'

test.each([
  ['nothing saved', undefined, { answers: {}, screening: null, ticked: [], noted: [], notice: null }],
  ['an empty object', {}, { answers: {}, screening: null, ticked: [], noted: [], notice: null }],
  [
    'unreadable text',
    { unreadable: true },
    { answers: {}, screening: null, ticked: [], noted: [], notice: CORRUPT_NOTICE },
  ],
  ['a number', 7, { answers: {}, screening: null, ticked: [], noted: [], notice: CORRUPT_NOTICE }],
  [
    'a foreign shape',
    { quiz: 1 },
    { answers: {}, screening: null, ticked: [], noted: [], notice: CORRUPT_NOTICE },
  ],
  [
    'valid progress',
    { answers: { severity: 2 }, screening: [], ticked: [] },
    { answers: { severity: 2 }, screening: [], ticked: [], noted: [], notice: null },
  ],
  [
    'a bad answer beside a good one',
    { answers: { severity: 2, stress: 'yes' }, screening: null },
    { answers: { severity: 2 }, screening: null, ticked: [], noted: [], notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'an unknown screening item',
    { answers: {}, screening: ['fever', 'gout'] },
    { answers: {}, screening: null, ticked: [], noted: [], notice: CORRUPT_NOTICE },
  ],
  [
    'a repeated screening item',
    { answers: {}, screening: ['fever', 'fever'] },
    { answers: {}, screening: ['fever'], ticked: ['fever'], noted: [], notice: null },
  ],
  [
    'ticks on an unfinished check',
    { answers: {}, screening: null, ticked: ['pregnancy', 'osteoporosis'] },
    { answers: {}, screening: null, ticked: ['pregnancy', 'osteoporosis'], noted: [], notice: null },
  ],
  [
    'only ticks',
    { ticked: ['fever'] },
    { answers: {}, screening: null, ticked: ['fever'], noted: [], notice: null },
  ],
  [
    'a save from before ticks were kept',
    { answers: {}, screening: ['fever', 'pregnancy'] },
    {
      answers: {},
      screening: ['fever', 'pregnancy'],
      ticked: ['fever', 'pregnancy'],
      noted: [],
      notice: null,
    },
  ],
  [
    'an unknown tick',
    { answers: { severity: 1 }, screening: null, ticked: ['fever', 'gout'] },
    { answers: { severity: 1 }, screening: null, ticked: [], noted: [], notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'ticks that are no list',
    { answers: {}, screening: null, ticked: 'fever' },
    { answers: {}, screening: null, ticked: [], noted: [], notice: CORRUPT_NOTICE },
  ],
  [
    'ticks on both pages of the check, items added since the first save included',
    { answers: {}, screening: null, ticked: ['night-pain', 'osteoporosis', 'foot-skin-condition'] },
    {
      answers: {},
      screening: null,
      ticked: ['night-pain', 'osteoporosis', 'foot-skin-condition'],
      noted: [],
      notice: null,
    },
  ],
  [
    // A finished check with an id this version does not know is asked again, never half-kept.
    'a finished check with an unknown item',
    { answers: { severity: 1 }, screening: ['chest-pain', 'gout'], ticked: ['chest-pain', 'gout'] },
    { answers: { severity: 1 }, screening: null, ticked: [], noted: [], notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'a repeated tick',
    { answers: {}, screening: null, ticked: ['fever', 'fever'] },
    { answers: {}, screening: null, ticked: ['fever'], noted: [], notice: null },
  ],
])('readSaved: %s', (_, input, expected) => {
  expect(readSaved(input)).toEqual(expected)
})

test.each([
  [
    'signs noted at check-ins, each with its day',
    {
      answers: {},
      screening: [],
      noted: [
        { item: 'fever', day: '2026-12-01' },
        { item: 'weight-loss', day: '2026-12-03' },
      ],
    },
    {
      answers: {},
      screening: [],
      ticked: [],
      noted: [
        { item: 'fever', day: '2026-12-01' },
        { item: 'weight-loss', day: '2026-12-03' },
      ],
      notice: null,
    },
  ],
  [
    'a noted sign with an unknown item or no day is dropped, the rest kept, with the notice',
    {
      answers: {},
      screening: [],
      noted: [
        { item: 'gout', day: '2026-12-01' },
        { item: 'fever' },
        { item: 'night-pain', day: '2026-12-02' },
      ],
    },
    {
      answers: {},
      screening: [],
      ticked: [],
      noted: [{ item: 'night-pain', day: '2026-12-02' }],
      notice: PARTLY_CORRUPT_NOTICE,
    },
  ],
  [
    'noted signs that are no list',
    { answers: {}, screening: [], noted: 'fever' },
    { answers: {}, screening: [], ticked: [], noted: [], notice: PARTLY_CORRUPT_NOTICE },
  ],
  [
    'only noted signs',
    { noted: [{ item: 'fever', day: '2026-12-01' }] },
    { answers: {}, screening: null, ticked: [], noted: [{ item: 'fever', day: '2026-12-01' }], notice: null },
  ],
])('readSaved: %s', (_, input, expected) => {
  expect(readSaved(input)).toEqual(expected)
})

test('progress exists once the check is done, a box is ticked, a sign is noted or any answer is given', () => {
  const none = { answers: {}, screening: null, ticked: [], noted: [] }
  expect(hasProgress(none)).toBe(false)
  expect(hasProgress({ ...none, screening: [] })).toBe(true)
  expect(hasProgress({ ...none, ticked: ['fever'] })).toBe(true)
  expect(hasProgress({ ...none, answers: { severity: 0 } })).toBe(true)
  expect(hasProgress({ ...none, noted: [{ item: 'fever', day: '2026-12-01' }] })).toBe(true)
})
