// The journal's records: their shape, and reading them back from storage or a backup file.
// Pure: no storage, no clock (the caller passes today's date), so every case is a table test.
import {
  MASSAGE_TYPES,
  SCREENING_ITEMS,
  isScreeningItem,
  type MassageType,
  type ScreeningItem,
} from '../../engine'

/**
 * The backup file's version (and the version of the single record the journal was first saved as).
 * Bump when the file's shape changes in a way an older reader would misread, and add a step to
 * MIGRATIONS. A new optional part (such as `noted`) needs no bump: older readers skip it, and a bump
 * would make them refuse the whole file (docs/decisions/0020-journal-records.md).
 */
export const JOURNAL_VERSION = 1

/** When the check-in was made: a starting point, after a massage session, or any other day. */
export const CHECK_IN_KINDS = ['before', 'session', 'other'] as const
export type CheckInKind = (typeof CHECK_IN_KINDS)[number]

export const PRESSURES = ['light', 'medium', 'firm'] as const
export type Pressure = (typeof PRESSURES)[number]

/** How the session felt. */
export const FEELINGS = ['good', 'ok', 'sore', 'too-much'] as const
export type Feeling = (typeof FEELINGS)[number]

export const NOTE_MAX = 500

export interface CheckIn {
  /** Unique within the journal. */
  id: string
  /** The day it is about, YYYY-MM-DD (the person can change it). */
  date: string
  /** When it was written (ms since 1970): orders several check-ins on one day. */
  created: number
  kind: CheckInKind
  /** PEG: pain on average, interference with enjoyment of life, with general activity; each 0-10. */
  pain: number
  enjoyment: number
  activity: number
  /** The session's type, pressure and feel (null when not a session, or not given). */
  type: MassageType | null
  pressure: Pressure | null
  feeling: Feeling | null
  note: string
  /** New warning signs ticked at this check-in (read for older check-ins; new ones are NotedSigns). */
  signs: ScreeningItem[]
}

/** Warning signs noted at a check-in, dated: the journal's record of them. */
export interface NotedSigns {
  id: string
  /** The day, YYYY-MM-DD. */
  date: string
  /** When it was written (ms since 1970). */
  created: number
  /** Never empty, in the safety check's table order. */
  signs: ScreeningItem[]
}

export interface Plan {
  /** The type to try first, then the person's other picks in their order. */
  type: MassageType
  next: MassageType[]
  /** The first session, YYYY-MM-DD, and its time, HH:MM (the weekly reminder's). */
  start: string
  time: string
  weeks: number
}

export interface Journal {
  plan: Plan | null
  entries: CheckIn[]
  noted: NotedSigns[]
}

export const EMPTY_JOURNAL: Journal = { plan: null, entries: [], noted: [] }

/** What was read: the journal, and how many records had to be left out (0 when all was readable). */
export interface ReadResult {
  journal: Journal
  dropped: number
  /** Nothing at all could be read (not JSON, not a journal, or a newer version). */
  unreadable: boolean
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** A real calendar day in YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = DATE.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900
}

export function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value)
}

/** The day n days after a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

/** Whole days from a to b (b later: positive). */
export function daysBetween(a: string, b: string): number {
  const t = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number]
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((t(b) - t(a)) / 86_400_000)
}

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v)
export const isScore = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10
export const isMassageType = oneOf(MASSAGE_TYPES)
export const isCheckInKind = oneOf(CHECK_IN_KINDS)
export const isPressure = oneOf(PRESSURES)
export const isFeeling = oneOf(FEELINGS)
const isType = isMassageType
const isKind = isCheckInKind
const isId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length <= 64
const isCreated = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function field(record: object, key: string): unknown {
  return (record as Record<string, unknown>)[key]
}

/** One check-in from unknown data, or null when a required field is missing or wrong. */
export function readCheckIn(value: unknown): CheckIn | null {
  if (typeof value !== 'object' || value === null) return null
  const get = (key: string) => field(value, key)
  const [id, date, created, kind, pain, enjoyment, activity] = [
    get('id'),
    get('date'),
    get('created'),
    get('kind'),
    get('pain'),
    get('enjoyment'),
    get('activity'),
  ]
  if (!isId(id) || !isDay(date) || !isCreated(created) || !isKind(kind)) return null
  if (!isScore(pain) || !isScore(enjoyment) || !isScore(activity)) return null
  // The optional parts fall back to "not given" rather than losing the check-in.
  const note = get('note')
  const signs = get('signs')
  return {
    id,
    date,
    created,
    kind,
    pain,
    enjoyment,
    activity,
    type: isType(get('type')) ? (get('type') as MassageType) : null,
    pressure: isPressure(get('pressure')) ? (get('pressure') as Pressure) : null,
    feeling: isFeeling(get('feeling')) ? (get('feeling') as Feeling) : null,
    note: typeof note === 'string' ? note.slice(0, NOTE_MAX) : '',
    signs: Array.isArray(signs) ? [...new Set(signs.filter(isScreeningItem))] : [],
  }
}

/**
 * Noted warning signs from unknown data: an item this app does not know is left out; with no sign
 * left, or a required field missing or wrong, null.
 */
export function readNoted(value: unknown): NotedSigns | null {
  if (typeof value !== 'object' || value === null) return null
  const [id, date, created, signs] = ['id', 'date', 'created', 'signs'].map((key) => field(value, key))
  if (!isId(id) || !isDay(date) || !isCreated(created) || !Array.isArray(signs)) return null
  const known = SCREENING_ITEMS.filter((item) => signs.includes(item))
  return known.length > 0 ? { id, date, created, signs: known } : null
}

export function readPlan(value: unknown): Plan | null {
  if (typeof value !== 'object' || value === null) return null
  const get = (key: string) => field(value, key)
  const [type, next, start, time, weeks] = [get('type'), get('next'), get('start'), get('time'), get('weeks')]
  if (!isType(type) || !isDay(start) || !isTime(time)) return null
  if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < 1 || weeks > 52) return null
  const others = Array.isArray(next) ? next.filter(isType).filter((t) => t !== type) : []
  return { type, next: [...new Set(others)], start, time, weeks }
}

/**
 * Steps from each older version to the next, by the version they read. Empty while there is only
 * version 1; a new version adds `{ 1: (v1) => v2 }` here and a test row reading a v1 record.
 */
const MIGRATIONS: Record<number, (state: unknown) => unknown> = {}

/**
 * Reads a saved record `{ version, plan, entries }` (from storage or a backup). Keeps every
 * readable check-in and counts the rest; a newer version than this code knows is unreadable
 * (guessing at it could lose data), and so is anything that is not a journal.
 */
export function readJournal(record: unknown): ReadResult {
  const unreadable: ReadResult = { journal: EMPTY_JOURNAL, dropped: 0, unreadable: true }
  if (typeof record !== 'object' || record === null) return unreadable
  let version = field(record, 'version')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > JOURNAL_VERSION)
    return unreadable
  let state: unknown = record
  while (version < JOURNAL_VERSION) {
    const step = MIGRATIONS[version]
    if (!step) return unreadable
    state = step(state)
    version++
  }
  if (typeof state !== 'object' || state === null) return unreadable
  const rawEntries = field(state, 'entries')
  const rawPlan = field(state, 'plan')
  // Older files have no `noted`: none noted.
  const rawNoted = field(state, 'noted') ?? []
  if (!Array.isArray(rawEntries)) return unreadable
  const entries = readList(rawEntries, readCheckIn)
  const noted = Array.isArray(rawNoted) ? readList(rawNoted, readNoted) : []
  const plan = readPlan(rawPlan)
  const planLost = rawPlan !== null && rawPlan !== undefined && plan === null
  return {
    journal: { plan, entries: sortCheckIns(entries), noted: sortByDay(noted) },
    dropped:
      rawEntries.length -
      entries.length +
      (Array.isArray(rawNoted) ? rawNoted.length - noted.length : 1) +
      (planLost ? 1 : 0),
    unreadable: false,
  }
}

/** The readable records of a list, each id once (the first). */
function readList<T extends { id: string }>(
  raw: readonly unknown[],
  read: (value: unknown) => T | null,
): T[] {
  const seen = new Set<string>()
  const kept: T[] = []
  for (const value of raw) {
    const record = read(value)
    if (!record || seen.has(record.id)) continue
    seen.add(record.id)
    kept.push(record)
  }
  return kept
}

/** Reads the text of a saved record or a backup file. */
export function parseJournal(text: string): ReadResult {
  try {
    return readJournal(JSON.parse(text))
  } catch {
    return { journal: EMPTY_JOURNAL, dropped: 0, unreadable: true }
  }
}

/** A backup file's text (the shape the journal was first saved in, plus `noted`). */
export function serializeJournal(journal: Journal): string {
  const { plan, entries, noted } = journal
  return JSON.stringify({ version: JOURNAL_VERSION, plan, entries, noted })
}

/** Oldest first: by day, then by when written. */
export function sortByDay<T extends { date: string; created: number }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.date === b.date ? a.created - b.created : a.date < b.date ? -1 : 1))
}

/** Oldest first: by day, then by when written. */
export function sortCheckIns(entries: readonly CheckIn[]): CheckIn[] {
  return sortByDay(entries)
}

/** The first day a check-in may have: nothing about this app's use is older. */
export const FIRST_DAY = '2000-01-01'

/**
 * A journal without the records dated before FIRST_DAY or after tomorrow (a phone's clock or time
 * zone may be a day ahead of the one that wrote it), and how many were left out: an imported file
 * must not put a check-in in the year 9999 at the top of the journal.
 */
export function withinDates(journal: Journal, today: string): { journal: Journal; outOfRange: number } {
  const last = addDays(today, 1)
  const fits = (r: { date: string }) => r.date >= FIRST_DAY && r.date <= last
  const entries = journal.entries.filter(fits)
  const noted = journal.noted.filter(fits)
  const outOfRange = journal.entries.length - entries.length + journal.noted.length - noted.length
  return { journal: { ...journal, entries, noted }, outOfRange }
}

/** A backup file read for import: its journal, what could not be read, and what was out of range. */
export interface BackupRead extends ReadResult {
  /** Check-ins (and noted signs) dated before FIRST_DAY or after tomorrow: left out. */
  outOfRange: number
}

/** Reads a backup file's text for import, leaving out what cannot be read and what is out of range. */
export function parseBackup(text: string, today: string): BackupRead {
  const read = parseJournal(text)
  return { ...read, ...withinDates(read.journal, today) }
}

/** True when the journal holds nothing: no plan and no record. */
export function isEmptyJournal(journal: Journal): boolean {
  return journal.plan === null && journal.entries.length === 0 && journal.noted.length === 0
}

/** Adds or replaces (same id) a check-in. */
export function putCheckIn(journal: Journal, entry: CheckIn): Journal {
  const others = journal.entries.filter((e) => e.id !== entry.id)
  return { ...journal, entries: sortCheckIns([...others, entry]) }
}

export function removeCheckIn(journal: Journal, id: string): Journal {
  return { ...journal, entries: journal.entries.filter((e) => e.id !== id) }
}

/** Adds or replaces (same id) a record of noted warning signs. */
export function putNoted(journal: Journal, record: NotedSigns): Journal {
  const others = journal.noted.filter((r) => r.id !== record.id)
  return { ...journal, noted: sortByDay([...others, record]) }
}

/** PEG-3: the average of pain, enjoyment and activity, to one decimal. */
export function pegScore(entry: Pick<CheckIn, 'pain' | 'enjoyment' | 'activity'>): number {
  return Math.round(((entry.pain + entry.enjoyment + entry.activity) / 3) * 10) / 10
}

/**
 * Where the comparison starts, in check-ins sorted oldest first: the first one marked "before",
 * or the first check-in when none is (0 for an empty list too).
 */
export function startIndex(sorted: readonly CheckIn[]): number {
  return Math.max(
    0,
    sorted.findIndex((e) => e.kind === 'before'),
  )
}

/**
 * The sessions had after the starting point: the distinct days with a session check-in after
 * it (two check-ins after one session count once). The change is measured from the start, so a
 * session before it, or a session check-in that is itself the start, is not one of them.
 */
export function sessionsAfterStart(entries: readonly CheckIn[]): number {
  const sorted = sortCheckIns(entries)
  const index = startIndex(sorted)
  const start = sorted[index]
  const startDay = start?.kind === 'session' ? start.date : null
  const days = sorted
    .slice(index + 1)
    .filter((e) => e.kind === 'session' && e.date !== startDay)
    .map((e) => e.date)
  return new Set(days).size
}
