// Where the journal is kept on the phone: one localStorage key per record, beside a small record
// of the plan (the meta record). Why: docs/decisions/0020-journal-records.md. Every write reads
// what is stored now and touches only its own keys, so two tabs or windows never overwrite each
// other's check-ins, and a record this version cannot read is left as it is for the version that can.
// Plain functions over a Storage, so two "tabs" can share one in a test.
import { JOURNAL_KEY, JOURNAL_META_KEY } from '../../state/journal-key'
import {
  EMPTY_JOURNAL,
  isEmptyJournal,
  parseJournal,
  readCheckIn,
  readNoted,
  readPlan,
  sortByDay,
  type CheckIn,
  type Journal,
  type NotedSigns,
  type Plan,
} from './journal-data'

/** The part of the Storage interface the journal uses (localStorage, or a test's own). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

/**
 * The way the journal is kept: 2 is one key per record (1 was the whole journal under JOURNAL_KEY).
 * A newer version may add kinds of record, or fields, that this one does not know: it leaves them
 * as they are, and never writes the number down.
 */
export const STORAGE_VERSION = 2

/** Every key of the journal starts so: the old record, the meta record, records, drafts, the damaged copy. */
export const JOURNAL_PREFIX = JOURNAL_KEY
const RECORD_PREFIX = `${JOURNAL_KEY}/`
/** A copy of what could not be read, kept for the person to download. */
export const DAMAGED_KEY = `${JOURNAL_KEY}-damaged`
/** Forms' drafts (src/state/use-draft.ts): part of the journal, so "Delete everything" takes them too. */
export const DRAFT_PREFIX = `${JOURNAL_KEY}-draft/`

const KINDS = ['check-in', 'noted'] as const
export type RecordKind = (typeof KINDS)[number]

export function recordKey(kind: RecordKind, id: string): string {
  return `${RECORD_PREFIX}${kind}/${id}`
}

/** The kind and id a record's key names, or null for another key or a kind this version does not know. */
function parseRecordKey(key: string): { kind: RecordKind; id: string } | null {
  if (!key.startsWith(RECORD_PREFIX)) return null
  const rest = key.slice(RECORD_PREFIX.length)
  const slash = rest.indexOf('/')
  if (slash < 0) return null
  const kind = KINDS.find((k) => k === rest.slice(0, slash))
  return kind ? { kind, id: rest.slice(slash + 1) } : null
}

/** Whether a write landed: `brought-back` is a change saved to a record deleted elsewhere meanwhile. */
export type SaveResult = 'saved' | 'brought-back' | 'not-saved'

/**
 * Bytes a string takes in the strictest browser's count: WebKit counts 5 MiB of bytes, one a
 * character for Latin-1 text and two for any other; Chromium and Firefox count 5 Mi characters.
 */
export function storedBytes(text: string): number {
  // eslint-disable-next-line no-control-regex -- the Latin-1 range, control characters included
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length
}

/** What the browsers measured allow a site in localStorage, in storedBytes (docs/decisions/0020). */
export const STORAGE_LIMIT_BYTES = 5 * 1024 * 1024

function parse(text: string | null): unknown {
  if (text === null) return null
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

interface Meta {
  plan: Plan | null
  /** The record as stored: the parts this version does not know are kept on every write. */
  rest: Record<string, unknown>
  version: number
  /** Written by a newer version. */
  newer: boolean
  /** There, but not a meta record at all. */
  damaged: boolean
}

function readMeta(text: string | null): Meta {
  const value = parse(text)
  const version = isObject(value) && typeof value.version === 'number' ? value.version : STORAGE_VERSION
  return {
    plan: isObject(value) ? readPlan(value.plan) : null,
    rest: isObject(value) ? value : {},
    version,
    newer: version > STORAGE_VERSION,
    damaged: text !== null && !isObject(value),
  }
}

/** The meta record with this plan, keeping what the stored one holds and never a lower version. */
function metaText(meta: Meta, plan: Plan | null): string {
  return JSON.stringify({ ...meta.rest, version: Math.max(meta.version, STORAGE_VERSION), plan })
}

const NEW_META = metaText(readMeta(null), null)

/** Every key in storage now (read first: removing keys while walking them skips some). */
function allKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key !== null) keys.push(key)
  }
  return keys
}

/** Bytes this site's localStorage holds (keys and values), as storedBytes counts them. */
export function storageUse(storage: KeyValueStorage): number {
  let total = 0
  for (const key of allKeys(storage)) total += storedBytes(key) + storedBytes(storage.getItem(key) ?? '')
  return total
}

/** Adds texts to the damaged copy; false when it could not be kept (then nothing may be removed). */
function keepDamaged(storage: KeyValueStorage, texts: readonly string[]): boolean {
  try {
    const before = storage.getItem(DAMAGED_KEY)
    storage.setItem(DAMAGED_KEY, [...(before === null ? [] : [before]), ...texts].join('\n\n'))
    return true
  } catch {
    return false
  }
}

/** A record of one kind from its stored text, or null when it cannot be read. */
function readRecord(kind: RecordKind, id: string, text: string | null): CheckIn | NotedSigns | null {
  const record = kind === 'check-in' ? readCheckIn(parse(text)) : readNoted(parse(text))
  return record?.id === id ? record : null
}

/**
 * Writes records, remembering what each key held: on a failure every key is put back and false
 * returned, so a write of many records lands whole or not at all.
 */
function writeAll(storage: KeyValueStorage, writes: readonly (readonly [string, string | null])[]): boolean {
  const undo: [string, string | null][] = []
  try {
    for (const [key, text] of writes) {
      undo.push([key, storage.getItem(key)])
      if (text === null) storage.removeItem(key)
      else storage.setItem(key, text)
    }
    return true
  } catch {
    for (const [key, text] of undo.reverse()) {
      try {
        if (text === null) storage.removeItem(key)
        else storage.setItem(key, text)
      } catch {
        // Putting back what was there fits: the keys written after it are already gone.
      }
    }
    return false
  }
}

function recordWrites(journal: Journal): [string, string][] {
  return [
    ...journal.entries.map((e): [string, string] => [recordKey('check-in', e.id), JSON.stringify(e)]),
    ...journal.noted.map((r): [string, string] => [recordKey('noted', r.id), JSON.stringify(r)]),
  ]
}

/**
 * Moves a journal saved the old way (one record under JOURNAL_KEY) into its own keys: a record
 * already there stays as it is (it is the newer), the old plan fills an empty one. The old record
 * is removed once everything is in; if there is no room for both at once, it is removed first and
 * put back if the rest does not fit. What cannot be read goes to the damaged copy first. `left`:
 * the old journal when it could not be moved (no room), to show as it is.
 */
function moveOldRecord(storage: KeyValueStorage): {
  dropped: number
  unreadable: boolean
  left: Journal | null
} {
  const text = storage.getItem(JOURNAL_KEY)
  if (text === null) return { dropped: 0, unreadable: false, left: null }
  const { journal, dropped, unreadable } = parseJournal(text)
  if ((unreadable || dropped > 0) && !keepDamaged(storage, [text]))
    return { dropped: 0, unreadable: false, left: journal }
  const writes = recordWrites(journal).filter(([key]) => storage.getItem(key) === null)
  const stored = storage.getItem(JOURNAL_META_KEY)
  if (stored !== null || !isEmptyJournal(journal)) {
    const meta = readMeta(stored)
    writes.push([JOURNAL_META_KEY, metaText(meta, meta.plan ?? journal.plan)])
  }
  const moved =
    writeAll(storage, [...writes, [JOURNAL_KEY, null]]) || writeAll(storage, [[JOURNAL_KEY, null], ...writes])
  return moved ? { dropped, unreadable, left: null } : { dropped: 0, unreadable: false, left: journal }
}

/** The journal as stored now, with what had to be left out. */
export interface Stored {
  journal: Journal
  /** The damaged copy's text, or null. */
  damaged: string | null
  /** Records (or a plan) that could not be read: now only in the damaged copy. */
  dropped: number
  /** The journal saved the old way could not be read at all. */
  unreadable: boolean
  /** Records a newer version wrote that this one cannot read: left as they are. */
  newer: number
  /** storageUse: bytes in use. */
  used: number
}

/**
 * Reads the journal from storage, as a page does when it opens. Moves an old single record into
 * its own keys; keeps each readable record; copies unreadable ones to the damaged copy and removes
 * them, unless a newer version wrote the journal (then they are left for it).
 */
export function loadStored(storage: KeyValueStorage): Stored {
  let moved: ReturnType<typeof moveOldRecord>
  try {
    moved = moveOldRecord(storage)
  } catch {
    // Storage that cannot be read at all: an empty journal, whose saves then say they did not land.
    return { journal: EMPTY_JOURNAL, damaged: null, dropped: 0, unreadable: false, newer: 0, used: 0 }
  }
  const storedMeta = storage.getItem(JOURNAL_META_KEY)
  const meta = readMeta(storedMeta)
  const entries: CheckIn[] = []
  const noted: NotedSigns[] = []
  const damaged: [string, string][] = []
  let newer = 0
  // One pass over storage, which also counts what it holds: in Chromium, walking 10,000 keys is
  // the slow part of opening the journal (npm run bench:storage).
  let used = 0
  for (const key of allKeys(storage)) {
    const text = storage.getItem(key)
    used += storedBytes(key) + storedBytes(text ?? '')
    const named = parseRecordKey(key)
    if (!named) continue
    const record = readRecord(named.kind, named.id, text)
    if (record === null) {
      if (meta.newer) newer++
      else if (text !== null) damaged.push([key, text])
    } else if (named.kind === 'check-in') entries.push(record as CheckIn)
    else noted.push(record as NotedSigns)
  }
  let { dropped } = moved
  const rawPlan = meta.rest.plan
  const lostPlan = !meta.newer && (meta.damaged || (rawPlan !== null && rawPlan !== undefined && !meta.plan))
  if (damaged.length > 0 || lostPlan) {
    const texts = [
      ...(lostPlan && storedMeta !== null ? [storedMeta] : []),
      ...damaged.map(([, text]) => text),
    ]
    if (keepDamaged(storage, texts)) {
      for (const [key] of damaged) storage.removeItem(key)
      if (lostPlan) writeAll(storage, [[JOURNAL_META_KEY, JSON.stringify({ ...meta.rest, plan: null })]])
      dropped += texts.length
    }
  }
  // The old journal, when there was no room to move it: shown as it is until there is.
  const left = moved.left
  if (left) {
    const ids = new Set([...entries, ...noted].map((r) => r.id))
    entries.push(...left.entries.filter((e) => !ids.has(e.id)))
    noted.push(...left.noted.filter((r) => !ids.has(r.id)))
  }
  // Records without their meta record (a "Delete everything" elsewhere cut short): the start page's
  // link looks for it.
  if (storedMeta === null && entries.length + noted.length > 0) {
    writeAll(storage, [[JOURNAL_META_KEY, NEW_META]])
  }
  return {
    journal: { plan: meta.plan ?? left?.plan ?? null, entries: sortByDay(entries), noted: sortByDay(noted) },
    damaged: storage.getItem(DAMAGED_KEY),
    dropped,
    unreadable: moved.unreadable,
    newer,
    // The damaged records moved to the damaged copy: the same bytes under another key.
    used,
  }
}

/** Whether storage holds a journal now (its meta record, or one saved the old way). */
export function hasStoredJournal(storage: KeyValueStorage): boolean {
  try {
    return storage.getItem(JOURNAL_META_KEY) !== null || storage.getItem(JOURNAL_KEY) !== null
  } catch {
    return false
  }
}

/**
 * Saves one record under its own key. `known`: this tab had it, so a record missing now was
 * deleted elsewhere meanwhile, and saving it brings it back (the later action wins). Parts of the
 * stored record this version does not know (a newer version's) are kept.
 */
export function putRecord(
  storage: KeyValueStorage,
  kind: RecordKind,
  record: CheckIn | NotedSigns,
  known: boolean,
): SaveResult {
  const key = recordKey(kind, record.id)
  try {
    const before = storage.getItem(key)
    const rest = parse(before)
    const text = JSON.stringify(isObject(rest) ? { ...rest, ...record } : record)
    const writes: [string, string][] = [[key, text]]
    if (storage.getItem(JOURNAL_META_KEY) === null) writes.push([JOURNAL_META_KEY, NEW_META])
    if (!writeAll(storage, writes)) return 'not-saved'
    return known && before === null ? 'brought-back' : 'saved'
  } catch {
    return 'not-saved'
  }
}

export function removeRecord(storage: KeyValueStorage, kind: RecordKind, id: string): SaveResult {
  return writeAll(storage, [[recordKey(kind, id), null]]) ? 'saved' : 'not-saved'
}

/** Saves the plan into the meta record as stored now. */
export function savePlan(storage: KeyValueStorage, plan: Plan): SaveResult {
  try {
    storage.setItem(JOURNAL_META_KEY, metaText(readMeta(storage.getItem(JOURNAL_META_KEY)), plan))
    return 'saved'
  } catch {
    return 'not-saved'
  }
}

/**
 * Replaces the journal stored now (whatever other tabs added) with this one, whole or not at all:
 * the new records are written first, and only when all of them are in do the others go. Records
 * this version cannot read (a newer version's) stay.
 */
export function replaceStored(storage: KeyValueStorage, journal: Journal): SaveResult {
  try {
    const writes = recordWrites(journal)
    const wanted = new Set(writes.map(([key]) => key))
    // The records this version can read (those the person was shown): any other is left as it is.
    const gone = allKeys(storage).filter((key) => {
      const named = parseRecordKey(key)
      return named && !wanted.has(key) && readRecord(named.kind, named.id, storage.getItem(key)) !== null
    })
    const meta = metaText(readMeta(storage.getItem(JOURNAL_META_KEY)), journal.plan)
    const landed = writeAll(storage, [...writes, [JOURNAL_META_KEY, meta]])
    if (!landed) return 'not-saved'
    for (const key of [...gone, JOURNAL_KEY]) storage.removeItem(key)
    return 'saved'
  } catch {
    return 'not-saved'
  }
}

/** Removes every key of the journal: records, plan, drafts, the damaged copy, any old record. */
export function clearStored(storage: KeyValueStorage): SaveResult {
  try {
    for (const key of allKeys(storage)) if (key.startsWith(JOURNAL_PREFIX)) storage.removeItem(key)
    return 'saved'
  } catch {
    return 'not-saved'
  }
}

/** Bytes a record takes in storage under its key, as this version writes it. */
export function recordBytes(kind: RecordKind, record: CheckIn | NotedSigns): number {
  return storedBytes(recordKey(kind, record.id)) + storedBytes(JSON.stringify(record))
}

/**
 * The journal after other tabs changed these keys (the `storage` event), read from storage now,
 * and the bytes the change added (negative: freed); null when only reading it all again will do
 * (the old record or everything changed).
 */
export function applyStoredChanges(
  storage: KeyValueStorage,
  keys: Iterable<string | null>,
  journal: Journal,
): { journal: Journal; added: number } | null {
  const lists = {
    'check-in': new Map<string, CheckIn | NotedSigns>(journal.entries.map((e) => [e.id, e])),
    noted: new Map<string, CheckIn | NotedSigns>(journal.noted.map((r) => [r.id, r])),
  }
  let plan = journal.plan
  let added = 0
  for (const key of keys) {
    if (key === null || key === JOURNAL_KEY) return null
    if (key === JOURNAL_META_KEY) {
      plan = readMeta(storage.getItem(key)).plan
      continue
    }
    const named = parseRecordKey(key)
    if (!named) continue
    const list = lists[named.kind]
    const before = list.get(named.id)
    const record = readRecord(named.kind, named.id, storage.getItem(key))
    if (record) list.set(named.id, record)
    else list.delete(named.id)
    added += (record ? recordBytes(named.kind, record) : 0) - (before ? recordBytes(named.kind, before) : 0)
  }
  return {
    journal: {
      plan,
      entries: sortByDay([...lists['check-in'].values()] as CheckIn[]),
      noted: sortByDay([...lists.noted.values()] as NotedSigns[]),
    },
    added,
  }
}
