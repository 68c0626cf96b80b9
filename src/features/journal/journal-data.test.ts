// @vitest-environment node
import { expect, test } from 'vitest'
import {
  JOURNAL_VERSION,
  addDays,
  daysBetween,
  isDay,
  parseBackup,
  parseJournal,
  pegScore,
  putCheckIn,
  readJournal,
  removeCheckIn,
  serializeJournal,
  sessionsAfterStart,
  startIndex,
  sortCheckIns,
  withinDates,
  type Journal,
  type NotedSigns,
} from './journal-data'
import { checkIn } from './test-entries'

const plan = { type: 'swedish', next: ['deep-tissue'], start: '2026-06-01', time: '18:00', weeks: 6 } as const

const journal: Journal = {
  plan: { ...plan, next: [...plan.next] },
  entries: [
    checkIn('2026-06-01', 'before', 6, { enjoyment: 7, activity: 5, note: 'Stiff, "bad" morning' }),
    // A check-in written before signs became their own record keeps the signs it carries.
    checkIn('2026-06-08', 'session', 4, { pressure: 'medium', feeling: 'good', signs: ['fever'] }),
  ],
  noted: [],
}

test('a saved journal reads back the same', () => {
  expect(parseJournal(serializeJournal(journal))).toEqual({ journal, dropped: 0, unreadable: false })
})

test.each([
  ['not JSON', '{"version":1,'],
  ['not a journal', '"hello"'],
  ['no version', '{"entries":[]}'],
  ['a newer version than this app knows', `{"version":${JOURNAL_VERSION + 1},"entries":[]}`],
  ['entries not a list', '{"version":1,"entries":{}}'],
])('%s is unreadable', (_, text) => {
  expect(parseJournal(text)).toMatchObject({ unreadable: true, journal: { plan: null, entries: [] } })
})

test('damaged check-ins are left out and counted; the readable ones stay', () => {
  const good = journal.entries[1]!
  const record = {
    version: 1,
    plan: journal.plan,
    entries: [
      good,
      { ...good, id: 'x1', pain: 11 },
      { ...good, id: 'x2', date: '2026-02-30' },
      { ...good, id: 'x3', kind: 'later' },
      null,
      { ...good }, // the same id twice: kept once
    ],
  }
  expect(readJournal(record)).toEqual({
    journal: { plan: journal.plan, entries: [good], noted: [] },
    dropped: 5,
    unreadable: false,
  })
})

test('a journal saved before warning signs were noted apart reads back with none noted', () => {
  const { plan: p, entries } = journal
  const text = JSON.stringify({ version: JOURNAL_VERSION, plan: p, entries })
  expect(parseJournal(text)).toEqual({
    journal: { plan: p, entries, noted: [] },
    dropped: 0,
    unreadable: false,
  })
})

test('a damaged plan is dropped and counted, the check-ins kept', () => {
  const result = readJournal({ version: 1, plan: { ...plan, start: 'soon' }, entries: journal.entries })
  expect(result).toMatchObject({ dropped: 1, journal: { plan: null } })
  expect(result.journal.entries).toHaveLength(2)
})

test('optional parts that are wrong fall back to "not given", keeping the check-in', () => {
  const [entry] = readJournal({
    version: 1,
    plan: null,
    entries: [
      { ...journal.entries[0], type: 'hot-stones', pressure: 'hard', signs: ['fever', 'x'], note: 5 },
    ],
  }).journal.entries
  expect(entry).toMatchObject({ type: null, pressure: null, signs: ['fever'], note: '' })
})

test('check-ins are kept oldest first, several on a day in the order written', () => {
  const late = checkIn('2026-06-08', 'other', 3)
  const early = checkIn('2026-06-02', 'other', 3)
  const sameDay = checkIn('2026-06-08', 'other', 2)
  let j = putCheckIn(journal, late)
  j = putCheckIn(j, early)
  j = putCheckIn(j, sameDay)
  expect(j.entries.map((e) => e.id)).toEqual([
    journal.entries[0]!.id,
    early.id,
    journal.entries[1]!.id,
    late.id,
    sameDay.id,
  ])
  // Changing one replaces it in place of the old.
  const changed = putCheckIn(j, { ...early, pain: 9 })
  expect(changed.entries).toHaveLength(5)
  expect(changed.entries.find((e) => e.id === early.id)?.pain).toBe(9)
  expect(removeCheckIn(changed, early.id).entries.map((e) => e.id)).not.toContain(early.id)
})

test.each([
  [{ pain: 6, enjoyment: 7, activity: 5 }, 6],
  [{ pain: 5, enjoyment: 6, activity: 6 }, 5.7],
  [{ pain: 0, enjoyment: 0, activity: 1 }, 0.3],
])('PEG of %o is %d', (answers, peg) => {
  expect(pegScore(answers)).toBe(peg)
})

test.each([
  ['2026-06-01', true],
  ['2024-02-29', true],
  ['2026-02-29', false],
  ['2026-13-01', false],
  ['26-06-01', false],
  ['', false],
])('%s is a day: %s', (value, ok) => {
  expect(isDay(value)).toBe(ok)
})

test('days add across months and years', () => {
  expect(addDays('2026-12-29', 7)).toBe('2027-01-05')
  expect(daysBetween('2026-12-29', '2027-01-05')).toBe(7)
  expect(daysBetween('2026-06-08', '2026-06-01')).toBe(-7)
})

test.each([
  { name: 'no check-ins', kinds: [], start: 0, sessions: 0 },
  { name: 'only the start', kinds: ['before'], start: 0, sessions: 0 },
  { name: 'a "before", then sessions', kinds: ['before', 'session', 'session'], start: 0, sessions: 2 },
  {
    name: 'no "before": the first session is the start',
    kinds: ['session', 'session', 'session'],
    start: 0,
    sessions: 2,
  },
  {
    name: 'no "before": another day first is the start',
    kinds: ['other', 'session', 'session'],
    start: 0,
    sessions: 2,
  },
  {
    name: 'sessions before the "before" are not counted',
    kinds: ['session', 'session', 'before', 'session'],
    start: 2,
    sessions: 1,
  },
  {
    name: 'other days are not sessions',
    kinds: ['before', 'other', 'session', 'other'],
    start: 0,
    sessions: 1,
  },
  {
    name: 'a second "before" is not the start',
    kinds: ['before', 'session', 'before', 'session'],
    start: 0,
    sessions: 2,
  },
] as const)('the start and the sessions after it: $name', ({ kinds, start, sessions }) => {
  const entries = kinds.map((kind, i) => checkIn(addDays('2026-06-01', 7 * i), kind, 5))
  expect(startIndex(sortCheckIns(entries))).toBe(start)
  expect(sessionsAfterStart(entries)).toBe(sessions)
  // In any order: the count sorts them first.
  expect(sessionsAfterStart([...entries].reverse())).toBe(sessions)
})

test('a session on the day of the "before" check-in, written after it, counts', () => {
  const entries = [checkIn('2026-06-01', 'before', 6), checkIn('2026-06-01', 'session', 5)]
  expect(sessionsAfterStart(entries)).toBe(1)
})

const noted: NotedSigns = { id: 'n1', date: '2026-06-08', created: 7, signs: ['fever', 'night-pain'] }

test('noted warning signs read back with the check-ins, and a backup without them reads as none noted', () => {
  const withNoted = { ...journal, noted: [noted] }
  expect(parseJournal(serializeJournal(withNoted))).toEqual({
    journal: withNoted,
    dropped: 0,
    unreadable: false,
  })
  // A backup or saved journal from before noted signs existed.
  const before = JSON.stringify({ version: 1, plan: journal.plan, entries: journal.entries })
  expect(parseJournal(before)).toEqual({ journal, dropped: 0, unreadable: false })
})

test('a backup with noted signs keeps the version number, so the version before still reads its check-ins', () => {
  const record = JSON.parse(serializeJournal({ ...journal, noted: [noted] })) as Record<string, unknown>
  expect(record.version).toBe(1)
  expect(Object.keys(record)).toEqual(['version', 'plan', 'entries', 'noted'])
})

test.each([
  [
    'an unknown sign is left out, the rest kept in table order',
    { signs: ['night-pain', 'x', 'fever'] },
    ['fever', 'night-pain'],
  ],
  ['a sign twice is kept once', { signs: ['fever', 'fever'] }, ['fever']],
  ['no sign left: dropped', { signs: ['x'] }, null],
  ['no signs: dropped', { signs: [] }, null],
  ['signs not a list: dropped', { signs: 'fever' }, null],
  ['no date: dropped', { date: undefined }, null],
  ['no id: dropped', { id: '' }, null],
] as const)('noted signs: %s', (_, change, signs) => {
  const result = readJournal({ version: 1, plan: null, entries: [], noted: [{ ...noted, ...change }] })
  expect(result.journal.noted.map((r) => r.signs)).toEqual(signs === null ? [] : [signs])
  expect(result.dropped).toBe(signs === null ? 1 : 0)
})

test('noted signs that are not a list are counted as one part that could not be read', () => {
  expect(readJournal({ version: 1, plan: null, entries: [], noted: {} })).toMatchObject({
    dropped: 1,
    unreadable: false,
  })
})

test.each([
  ['1999-12-31', false],
  ['2000-01-01', true],
  ['2026-06-10', true],
  ['2026-06-11', true],
  ['2026-06-12', false],
  ['9999-12-31', false],
])('imported on 10 June 2026, a check-in dated %s is kept: %s', (date, kept) => {
  const read = withinDates(
    { plan: null, entries: [checkIn(date, 'other', 3)], noted: [{ ...noted, date }] },
    '2026-06-10',
  )
  expect(read.journal.entries).toHaveLength(kept ? 1 : 0)
  expect(read.journal.noted).toHaveLength(kept ? 1 : 0)
  expect(read.outOfRange).toBe(kept ? 0 : 2)
})

test('a backup read for import counts what it could not read and what is out of range, apart', () => {
  const text = JSON.stringify({
    version: 1,
    plan: null,
    entries: [checkIn('2026-06-01', 'before', 6), checkIn('9999-12-31', 'other', 2), { id: 'x' }, 7],
    noted: [noted, { ...noted, id: 'n2', date: '1990-01-01' }],
  })
  const read = parseBackup(text, '2026-06-10')
  expect(read).toMatchObject({ dropped: 2, outOfRange: 2, unreadable: false })
  expect(read.journal.entries.map((e) => e.date)).toEqual(['2026-06-01'])
  expect(read.journal.noted).toEqual([noted])
})
