// @vitest-environment node
import { expect, test } from 'vitest'
import { checkIn, weekly } from './test-entries'
import { judgeJournal, painChangeThatMatters, type VerdictKind } from './verdict'
import { journalVerdict } from './verdict-words'

const B = 'before' as const
const S = 'session' as const
const O = 'other' as const

/** A "before" check-in at 6, then 3 sessions with no change: the table adds the 4th and 5th. */
const STEADY = [
  [B, 6],
  [S, 6],
  [S, 6],
  [S, 6],
] as const

/** No check-in marked "before": a session at 6 is the start, then 3 sessions with no change. */
const FROM_A_SESSION = [
  [S, 6],
  [S, 6],
  [S, 6],
  [S, 6],
] as const

test.each([
  { name: 'no check-ins: start with one', rows: [], kind: 'empty' },
  { name: 'one check-in: too early', rows: [[B, 6]], kind: 'too-early' },
  {
    name: 'a fall of 2 points after one session is only better so far',
    rows: [
      [B, 6],
      [S, 4],
    ],
    kind: 'better-so-far',
  },
  {
    name: 'a fall of 2 points that lasts to the 5th session matters',
    rows: [...STEADY, [S, 4], [S, 4]],
    kind: 'better',
  },
  {
    name: 'a fall after 4 sessions is still better so far',
    rows: [
      [B, 6],
      [S, 6],
      [S, 6],
      [S, 4],
      [S, 4],
    ],
    kind: 'better-so-far',
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
    name: 'a fall of 1 point at low pain counts (3 to 2)',
    rows: [
      [B, 3],
      [S, 2],
    ],
    kind: 'better-so-far',
  },
  {
    name: 'at low pain, half a point is not enough: the 1-point floor (1 to 0.5)',
    rows: [
      [B, 1],
      [S, 1],
      [S, 0],
    ],
    kind: 'too-early',
  },
  {
    name: 'a 25% fall below 2 points does not count (4 to 3)',
    rows: [
      [B, 4],
      [S, 3],
    ],
    kind: 'too-early',
  },
  {
    name: 'pain up 2 points in one check-in: worse once, not yet "worse"',
    rows: [
      [B, 4],
      [S, 6],
    ],
    kind: 'worse-once',
  },
  {
    name: 'pain up 2 points in the last check-in only: worse once',
    rows: [
      [B, 4],
      [S, 4],
      [S, 6],
    ],
    kind: 'worse-once',
  },
  {
    name: 'pain up 2 points in two check-ins in a row: worse',
    rows: [
      [B, 4],
      [S, 6],
      [S, 7],
    ],
    kind: 'worse',
  },
  {
    name: 'worse, then back down: not worse',
    rows: [
      [B, 4],
      [S, 7],
      [S, 4],
    ],
    kind: 'too-early',
  },
  {
    name: 'pain up 1 point: not called worse',
    rows: [
      [B, 4],
      [S, 5],
      [S, 5],
    ],
    kind: 'too-early',
  },
  {
    name: 'no clear change after 5 sessions',
    rows: [...STEADY, [S, 5], [S, 5]],
    kind: 'no-clear-change',
  },
  {
    name: '4 sessions without change: still too early',
    rows: [...STEADY, [S, 5]],
    kind: 'too-early',
  },
  // "After 5 sessions" counts the sessions after the starting point. With no check-in marked
  // "before", the first session is the start, so it is not one of the 5.
  {
    name: 'first session as the start: 4 sessions after it without change are still too early',
    rows: [...FROM_A_SESSION, [S, 6]],
    kind: 'too-early',
  },
  {
    name: 'first session as the start: no clear change after 5 sessions after it',
    rows: [...FROM_A_SESSION, [S, 6], [S, 6]],
    kind: 'no-clear-change',
  },
  {
    name: 'first session as the start: a fall 4 sessions after it is still better so far',
    rows: [
      [S, 6],
      [S, 6],
      [S, 6],
      [S, 4],
      [S, 4],
    ],
    kind: 'better-so-far',
  },
  {
    name: 'first session as the start: a fall that lasts to the 5th session after it matters',
    rows: [...FROM_A_SESSION, [S, 4], [S, 4]],
    kind: 'better',
  },
  {
    name: 'sessions before the "before" check-in do not count: 4 after it are still too early',
    rows: [[S, 6], ...STEADY, [S, 6]],
    kind: 'too-early',
  },
  {
    name: 'sessions before the "before" check-in do not count: 5 after it are enough',
    rows: [[S, 6], ...STEADY, [S, 6], [S, 6]],
    kind: 'no-clear-change',
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
    name: 'no starting check-in: the first session is the start',
    rows: [
      [S, 6],
      [S, 4],
    ],
    kind: 'better-so-far',
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
      [O, 4],
      [O, 4],
      [O, 4],
      [O, 4],
      [O, 4],
    ],
    kind: 'better-so-far',
  },
] as const)('$name', ({ rows, kind }) => {
  expect(judgeJournal(weekly(rows)).kind).toBe<VerdictKind>(kind)
})

test('entries in any order give the same verdict', () => {
  const entries = weekly([
    [B, 6],
    [S, 5],
    [S, 3],
  ])
  expect(judgeJournal([...entries].reverse())).toEqual(judgeJournal(entries))
})

// Journals by date, with the part of the verdict each is about.
test.each([
  {
    name: 'missing days change nothing: the verdict counts check-ins, not calendar days',
    entries: [
      checkIn('2026-01-01', 'before', 7),
      checkIn('2026-03-15', 'session', 7),
      checkIn('2026-05-30', 'session', 4),
      checkIn('2026-05-31', 'session', 4),
    ],
    verdict: { kind: 'better-so-far', start: { pain: 7 }, now: { pain: 4 } },
  },
  {
    name: 'another check-in on the day of a session that is the start is the same session',
    entries: [
      checkIn('2026-06-01', 'session', 6),
      checkIn('2026-06-01', 'session', 6),
      checkIn('2026-06-08', 'session', 6),
    ],
    verdict: { sessions: 1, firstAsStart: true },
  },
  {
    name: 'several check-ins after one session count as one session',
    entries: [
      checkIn('2026-06-01', 'before', 6),
      ...[1, 2, 3, 4, 5].map(() => checkIn('2026-06-08', 'session', 6)),
    ],
    verdict: { kind: 'too-early', sessions: 1 },
  },
  {
    name: 'PEG better while pain has gone up: not better',
    entries: [
      checkIn('2026-06-01', 'before', 5, { enjoyment: 8, activity: 8 }),
      checkIn('2026-06-08', 'session', 6, { enjoyment: 4, activity: 4 }),
    ],
    verdict: { kind: 'too-early' },
  },
  {
    name: 'the later check-ins are compared with the one marked "before", not an earlier one',
    entries: [
      checkIn('2026-05-01', 'other', 9),
      checkIn('2026-06-01', 'before', 5),
      checkIn('2026-06-08', 'session', 5),
    ],
    verdict: { kind: 'too-early', start: { pain: 5 }, firstAsStart: false },
  },
])('$name', ({ entries, verdict }) => {
  expect(judgeJournal(entries)).toMatchObject(verdict)
})

test.each([
  { start: 'a check-in marked "before"', first: B },
  { start: 'the first session, with none marked "before"', first: S },
])('after $start, the count and the words give the sessions after it', ({ first }) => {
  const four = weekly([
    [first, 6],
    [S, 6],
    [S, 6],
    [S, 6],
    [S, 6],
  ])
  expect(journalVerdict(four, null)).toMatchObject({ kind: 'too-early', sessions: 4 })
  expect(journalVerdict(four, null).text).toContain('Give it 1 more session before you judge.')
  const five = weekly([
    [first, 6],
    [S, 6],
    [S, 6],
    [S, 6],
    [S, 6],
    [S, 6],
  ])
  expect(journalVerdict(five, null)).toMatchObject({
    kind: 'no-clear-change',
    sessions: 5,
    title: 'No clear change after 5 sessions',
  })
  const soFar = weekly([
    [first, 6],
    [S, 4],
  ])
  expect(journalVerdict(soFar, null).text).toContain('give it 4 more sessions')
})

test('PEG alone can show a change: 1 point on its average, with pain no higher', () => {
  const entries = [
    checkIn('2026-06-01', 'before', 5, { enjoyment: 8, activity: 8 }),
    checkIn('2026-06-08', 'session', 5, { enjoyment: 6, activity: 6 }),
  ]
  const verdict = journalVerdict(entries, null)
  expect(verdict.kind).toBe('better-so-far')
  expect(verdict.text).toContain('(your 3-question score: 7 then, 5.7 now, out of 10)')
})

test('PEG worse while pain is no lower: worse once, then worse in two check-ins in a row', () => {
  const before = checkIn('2026-06-01', 'before', 5, { enjoyment: 4, activity: 4 })
  const up = checkIn('2026-06-08', 'session', 5, { enjoyment: 7, activity: 6 })
  const again = checkIn('2026-06-15', 'session', 5, { enjoyment: 7, activity: 7 })
  expect(journalVerdict([before, up], null)).toMatchObject({
    kind: 'worse-once',
    text: expect.stringContaining('(your 3-question score: 4.3 then, 6 now, out of 10)') as unknown,
  })
  expect(journalVerdict([before, up, again], null)).toMatchObject({
    kind: 'worse',
    text: expect.stringContaining('it gets in the way of your life more') as unknown,
  })
})

test.each([
  // Severe pain: 3 points (the clinical notes: 3 to 4), so 9 to 7 is not yet a change that matters.
  [10, 3],
  [9, 3],
  [7, 3],
  // Moderate: 2 points (30% of 4 to 6 is 1.2 to 1.8, under the 2 points that also count).
  [6, 2],
  [4, 2],
  // Mild: about 1 point.
  [3, 1],
  [1, 1],
  [0, 1],
])('from %i, a fall of %d points matters', (start, matters) => {
  expect(painChangeThatMatters(start)).toBe(matters)
})

test('from severe pain, a fall of 2 points (9 to 7) is not yet a change that matters; 3 points is', () => {
  const from9 = (later: number) =>
    judgeJournal(weekly([[B, 9], ...Array.from({ length: 5 }, () => [S, later] as const)]))
  expect(from9(7).kind).toBe('no-clear-change')
  expect(from9(6).kind).toBe('better')
})
