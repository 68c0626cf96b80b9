// The journal's records: their shape, and reading them back from storage or a backup file.
// Pure: no storage, no clock (the caller passes today's date), so every case is a table test.
import { MASSAGE_TYPES, isScreeningItem, type MassageType, type ScreeningItem } from '../../engine'

/** Bump when the saved shape changes, and add a step to MIGRATIONS that turns the old shape into the new. */
export const JOURNAL_VERSION = 1

/** When the check-in was made: a starting point, after a massage session, or any other day. */
export const CHECK_IN_KINDS = ['before', 'session', 'other'] as const
export type CheckInKind = (typeof CHECK_IN_KINDS)[number]

const PRESSURES = ['light', 'medium', 'firm'] as const
export type Pressure = (typeof PRESSURES)[number]

/** How the session felt. */
const FEELINGS = ['good', 'ok', 'sore', 'too-much'] as const
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
  /** New warning signs ticked at this check-in. */
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

/** Warning signs noted at a check-in, dated: the journal's record of them. */
export interface NotedSigns {
  id: string
  /** YYYY-MM-DD. */
  date: string
  created: number
  /** Non-empty, in the screening table's order. */
  signs: ScreeningItem[]
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

const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (list as readonly string[]).includes(v)
const isType = oneOf(MASSAGE_TYPES)
const isKind = oneOf(CHECK_IN_KINDS)
const isPressure = oneOf(PRESSURES)
const isFeeling = oneOf(FEELINGS)

function field(record: object, key: string): unknown {
  return (record as Record<string, unknown>)[key]
}

/** One check-in from unknown data, or null when a required field is missing or wrong. */
function readCheckIn(value: unknown): CheckIn | null {
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
  if (typeof id !== 'string' || id === '' || id.length > 64) return null
  if (!isDay(date) || typeof created !== 'number' || !Number.isFinite(created) || !isKind(kind)) return null
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

function readPlan(value: unknown): Plan | null {
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
  if (!Array.isArray(rawEntries)) return unreadable
  const seen = new Set<string>()
  const entries: CheckIn[] = []
  for (const raw of rawEntries) {
    const entry = readCheckIn(raw)
    if (!entry || seen.has(entry.id)) continue
    seen.add(entry.id)
    entries.push(entry)
  }
  const plan = readPlan(rawPlan)
  const planLost = rawPlan !== null && rawPlan !== undefined && plan === null
  // Optional: a journal saved before signs were noted apart has none.
  const rawNoted = field(state, 'noted') ?? []
  const notedList: unknown[] = Array.isArray(rawNoted) ? rawNoted : [rawNoted]
  const noted: NotedSigns[] = []
  for (const raw of notedList) {
    const get = (key: string) => (typeof raw === 'object' && raw !== null ? field(raw, key) : undefined)
    const [id, date, created, signs] = [get('id'), get('date'), get('created'), get('signs')]
    const kept = Array.isArray(signs) ? [...new Set(signs.filter(isScreeningItem))] : []
    if (typeof id !== 'string' || noted.some((n) => n.id === id)) continue
    if (isDay(date) && typeof created === 'number' && kept.length > 0)
      noted.push({ id, date, created, signs: kept })
  }
  return {
    journal: { plan, entries: sortCheckIns(entries), noted },
    // A warning sign that could not be read is counted too: the notice asks the person to check.
    dropped: rawEntries.length - entries.length + (planLost ? 1 : 0) + notedList.length - noted.length,
    unreadable: false,
  }
}

/** Reads the text of a saved record or a backup file. */
export function parseJournal(text: string): ReadResult {
  try {
    return readJournal(JSON.parse(text))
  } catch {
    return { journal: EMPTY_JOURNAL, dropped: 0, unreadable: true }
  }
}

/** The record as it is saved, and as a backup file holds it. */
export function serializeJournal(journal: Journal): string {
  return JSON.stringify({
    version: JOURNAL_VERSION,
    plan: journal.plan,
    entries: journal.entries,
    noted: journal.noted,
  })
}

/** Oldest first: by day, then by when written. */
export function sortCheckIns(entries: readonly CheckIn[]): CheckIn[] {
  return [...entries].sort((a, b) => (a.date === b.date ? a.created - b.created : a.date < b.date ? -1 : 1))
}

/** Adds or replaces (same id) a check-in. */
export function putCheckIn(journal: Journal, entry: CheckIn): Journal {
  const others = journal.entries.filter((e) => e.id !== entry.id)
  return { ...journal, entries: sortCheckIns([...others, entry]) }
}

export function removeCheckIn(journal: Journal, id: string): Journal {
  return { ...journal, entries: journal.entries.filter((e) => e.id !== id) }
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
