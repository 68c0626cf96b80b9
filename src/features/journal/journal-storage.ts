// Where the journal is kept on the phone: one localStorage key per record, beside a small record
// of the plan (the meta record). Why: docs/decisions/0020-journal-records.md. Every write reads
// what is stored now and touches only its own keys, so two tabs or windows never overwrite each
// other's check-ins, and a record this version cannot read is left as it is for the version that can.
// Plain functions over a Storage, so two "tabs" can share one in a test. The keys and their bytes
// are in storage-keys.ts, reading and writing records in stored-records.ts.
import { JOURNAL_KEY, JOURNAL_META_KEY } from '../../state/journal-key'
import {
  EMPTY_JOURNAL,
  sortByDay,
  type CheckIn,
  type Journal,
  type NotedSigns,
  type Plan,
} from './journal-data'
import { moveOldRecord } from './old-record'
import {
  DAMAGED_KEY,
  JOURNAL_PREFIX,
  allKeys,
  itemBytes,
  parseRecordKey,
  recordBytes,
  recordKey,
  type KeyValueStorage,
  type RecordKind,
} from './storage-keys'
import {
  NEW_META,
  isObject,
  keepDamaged,
  metaText,
  parse,
  readMeta,
  readRecord,
  recordWrites,
  writeAll,
  type Meta,
} from './stored-records'

// scripts/bench-storage.ts builds this file alone and reads these from it.
export { STORAGE_LIMIT_BYTES, recordKey, storedBytes } from './storage-keys'

/** Whether a write landed: `brought-back` is a change saved to a record deleted elsewhere meanwhile. */
export type SaveResult = 'saved' | 'brought-back' | 'not-saved'

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

/** Every record in storage, read in one pass, which also counts the bytes storage holds. */
interface Found {
  entries: CheckIn[]
  noted: NotedSigns[]
  /** Records that cannot be read, as [key, text]. */
  damaged: [string, string][]
  /** Records that cannot be read, left for the newer version that wrote them. */
  newer: number
  used: number
}

// One pass over storage, which also counts what it holds: in Chromium, walking 10,000 keys is the
// slow part of opening the journal (npm run bench:storage).
function findRecords(storage: KeyValueStorage, meta: Meta): Found {
  const found: Found = { entries: [], noted: [], damaged: [], newer: 0, used: 0 }
  for (const key of allKeys(storage)) {
    const text = storage.getItem(key)
    found.used += itemBytes(key, text)
    const named = parseRecordKey(key)
    if (!named) continue
    const record = readRecord(named.kind, named.id, text)
    if (record === null) {
      if (meta.newer) found.newer++
      else if (text !== null) found.damaged.push([key, text])
    } else if (named.kind === 'check-in') found.entries.push(record as CheckIn)
    else found.noted.push(record as NotedSigns)
  }
  return found
}

/**
 * Moves what cannot be read (records, and a plan this version cannot read) to the damaged copy,
 * and removes it; unless a newer version wrote the journal. Returns how many were moved.
 */
function setAsideDamaged(
  storage: KeyValueStorage,
  meta: Meta,
  storedMeta: string | null,
  damaged: readonly [string, string][],
): number {
  const rawPlan = meta.rest.plan
  const lostPlan = !meta.newer && (meta.damaged || (rawPlan !== null && rawPlan !== undefined && !meta.plan))
  if (damaged.length === 0 && !lostPlan) return 0
  const texts = [...(lostPlan && storedMeta !== null ? [storedMeta] : []), ...damaged.map(([, text]) => text)]
  if (!keepDamaged(storage, texts)) return 0
  for (const [key] of damaged) storage.removeItem(key)
  if (lostPlan) writeAll(storage, [[JOURNAL_META_KEY, JSON.stringify({ ...meta.rest, plan: null })]])
  return texts.length
}

/** The records found, with those of the old journal that could not be moved (no room) beside them. */
function withLeft(found: Found, left: Journal | null): Pick<Journal, 'entries' | 'noted'> {
  if (!left) return found
  const ids = new Set([...found.entries, ...found.noted].map((r) => r.id))
  return {
    entries: [...found.entries, ...left.entries.filter((e) => !ids.has(e.id))],
    noted: [...found.noted, ...left.noted.filter((r) => !ids.has(r.id))],
  }
}

const UNREADABLE_STORAGE: Stored = {
  journal: EMPTY_JOURNAL,
  damaged: null,
  dropped: 0,
  unreadable: false,
  newer: 0,
  used: 0,
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
    return UNREADABLE_STORAGE
  }
  const storedMeta = storage.getItem(JOURNAL_META_KEY)
  const meta = readMeta(storedMeta)
  const found = findRecords(storage, meta)
  const dropped = moved.dropped + setAsideDamaged(storage, meta, storedMeta, found.damaged)
  // The old journal, when there was no room to move it: shown as it is until there is.
  const { entries, noted } = withLeft(found, moved.left)
  // Records without their meta record (a "Delete everything" elsewhere cut short): the start page's
  // link looks for it.
  if (storedMeta === null && entries.length + noted.length > 0) {
    writeAll(storage, [[JOURNAL_META_KEY, NEW_META]])
  }
  return {
    journal: {
      plan: meta.plan ?? moved.left?.plan ?? null,
      entries: sortByDay(entries),
      noted: sortByDay(noted),
    },
    damaged: storage.getItem(DAMAGED_KEY),
    dropped,
    unreadable: moved.unreadable,
    newer: found.newer,
    // The damaged records moved to the damaged copy: the same bytes under another key.
    used: found.used,
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
