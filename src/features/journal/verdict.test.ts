import { expect, test } from 'vitest'
import { checkIn, weekly } from './test-entries'
import { journalVerdict, painChangeThatMatters, type VerdictKind } from './verdict'

const B = 'before' as const
const S = 'session' as const
const O = 'other' as const

test.each([
  { name: 'no check-ins: start with one', rows: [], kind: 'empty' },
  { name: 'one check-in: too early', rows: [[B, 6]], kind: 'too-early' },
  {
    name: 'a fall of 2 points matters',
    rows: [
      [B, 6],
      [S, 4],
    ],
    kind: 'better',
  },
  {
    name: 'a fall of 1 point from 6 is no clear change yet',
    rows: [
      [B, 6],
      [S, 5],
    ],
    kind: 'too-early',
  },
  {
    name: 'a 30% fall below 2 points at low pain matters (3 to 2)',
    rows: [
      [B, 3],
      [S, 2],
    ],
    kind: 'better',
  },
  {
    name: 'a 25% fall below 2 points does not (4 to 3)',
    rows: [
      [B, 4],
      [S, 3],
    ],
    kind: 'too-early',
  },
  {
    name: 'pain up 2 points: worse',
    rows: [
      [B, 4],
      [S, 6],
    ],
    kind: 'worse',
  },
  {
    name: 'pain up 1 point: not called worse',
    rows: [
      [B, 4],
      [S, 5],
    ],
    kind: 'too-early',
  },
  {
    name: 'no clear change after 5 sessions',
    rows: [
      [B, 6],
      [S, 6],
      [S, 5],
      [S, 6],
      [S, 6],
      [S, 5],
    ],
    kind: 'no-clear-change',
  },
  {
    name: '4 sessions without change: still too early',
    rows: [
      [B, 6],
      [S, 6],
      [S, 5],
      [S, 6],
      [S, 6],
    ],
    kind: 'too-early',
  },
  {
    name: 'the last two check-ins are averaged: one good day is not enough',
    rows: [
      [B, 6],
      [S, 6],
      [S, 6],
      [S, 3],
    ],
    kind: 'too-early',
  },
  {
    name: 'a fall that lasts two check-ins matters',
    rows: [
      [B, 6],
      [S, 6],
      [S, 4],
      [S, 4],
    ],
    kind: 'better',
  },
  {
    name: 'no starting check-in: the first session is the start',
    rows: [
      [S, 7],
      [S, 5],
    ],
    kind: 'better',
  },
  {
    name: 'no pain at the start cannot get better by pain',
    rows: [
      [B, 0],
      [S, 0],
    ],
    kind: 'too-early',
  },
  {
    name: 'other days count as check-ins, not sessions',
    rows: [
      [B, 6],
      [O, 6],
      [O, 6],
      [O, 6],
      [O, 6],
      [O, 6],
    ],
    kind: 'too-early',
  },
] as const)('$name', ({ rows, kind }) => {
  expect(journalVerdict(weekly(rows), 'Deep Tissue Massage').kind).toBe<VerdictKind>(kind)
})

test('missing days change nothing: the verdict counts check-ins, not calendar days', () => {
  const entries = [
    checkIn('2026-01-01', 'before', 7),
    checkIn('2026-03-15', 'session', 7),
    checkIn('2026-05-30', 'session', 4),
    checkIn('2026-05-31', 'session', 4),
  ]
  expect(journalVerdict(entries, null)).toMatchObject({
    kind: 'better',
    start: { pain: 7 },
    now: { pain: 4 },
  })
})

test('entries in any order give the same verdict', () => {
  const entries = weekly([
    [B, 6],
    [S, 5],
    [S, 3],
  ])
  expect(journalVerdict([...entries].reverse(), null)).toEqual(journalVerdict(entries, null))
})

test('several check-ins after one session count as one session', () => {
  const entries = [
    checkIn('2026-06-01', 'before', 6),
    ...[1, 2, 3, 4, 5].map(() => checkIn('2026-06-08', 'session', 6)),
  ]
  expect(journalVerdict(entries, null)).toMatchObject({ kind: 'too-early', sessions: 1 })
})

test('PEG alone can show a change that matters: 1 point on its average', () => {
  const entries = [
    checkIn('2026-06-01', 'before', 5, { enjoyment: 8, activity: 8 }),
    checkIn('2026-06-08', 'session', 5, { enjoyment: 6, activity: 6 }),
  ]
  const verdict = journalVerdict(entries, null)
  expect(verdict.kind).toBe('better')
  expect(verdict.text).toContain('7 then, 5.7 now')
})

test('PEG worse while pain is no lower: worse', () => {
  const entries = [
    checkIn('2026-06-01', 'before', 5, { enjoyment: 4, activity: 4 }),
    checkIn('2026-06-08', 'session', 5, { enjoyment: 7, activity: 6 }),
  ]
  expect(journalVerdict(entries, null).kind).toBe('worse')
})

test('the later check-ins are compared with the one marked "before", not an earlier one', () => {
  const entries = [
    checkIn('2026-05-01', 'other', 9),
    checkIn('2026-06-01', 'before', 5),
    checkIn('2026-06-08', 'session', 5),
  ]
  expect(journalVerdict(entries, null)).toMatchObject({
    kind: 'too-early',
    start: { pain: 5 },
    firstAsStart: false,
  })
})

test('the words: worse says stop and see a GP; no change names the next option', () => {
  expect(
    journalVerdict(
      weekly([
        [B, 4],
        [S, 7],
      ]),
      null,
    ).text,
  ).toBe('Your pain was 4 out of 10 at the start and is 7 now. Stop the massage and see a GP.')
  const stuck = journalVerdict(
    weekly([
      [B, 6],
      [S, 6],
      [S, 6],
      [S, 6],
      [S, 6],
      [S, 6],
    ]),
    'Trigger Point Therapy',
  )
  expect(stuck.title).toBe('No clear change after 5 sessions')
  expect(stuck.text).toBe(
    'Your pain was 6 out of 10 at the start, and 6 on average in your last 2 check-ins. Consider the next option on your list (Trigger Point Therapy), or talk to a physiotherapist or GP.',
  )
  const better = journalVerdict(
    weekly([
      [B, 6],
      [S, 3],
    ]),
    null,
  )
  expect(better.text).toContain('3 points less')
  // Never stronger than the numbers: no claim that the massage caused it.
  expect(better.text).toContain('cannot prove the massage did it')
})

test.each([
  [10, 2],
  [6, 1.8],
  [3, 0.9],
  [0, 0],
])('from %i, a fall of %d points matters', (start, matters) => {
  expect(painChangeThatMatters(start)).toBeCloseTo(matters)
})
