// The journal's keys in storage, and the bytes they take. Why a key per record:
// docs/decisions/0020-journal-records.md.
import { JOURNAL_KEY } from '../../state/journal-key'
import type { CheckIn, NotedSigns } from './journal-data'

/** The part of the Storage interface the journal uses (localStorage, or a test's own). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

/** Every key of the journal starts so: the old record, the meta record, records, drafts, the damaged copy. */
export const JOURNAL_PREFIX = JOURNAL_KEY
const RECORD_PREFIX = `${JOURNAL_KEY}/`
/** A copy of what could not be read, kept for the person to download. */
export const DAMAGED_KEY = `${JOURNAL_KEY}-damaged`
/** Forms' drafts (src/shared/use-draft.ts): part of the journal, so "Delete everything" takes them too. */
export const DRAFT_PREFIX = `${JOURNAL_KEY}-draft/`

const KINDS = ['check-in', 'noted'] as const
export type RecordKind = (typeof KINDS)[number]

export function recordKey(kind: RecordKind, id: string): string {
  return `${RECORD_PREFIX}${kind}/${id}`
}

/** The kind and id a record's key names, or null for another key or a kind this version does not know. */
export function parseRecordKey(key: string): { kind: RecordKind; id: string } | null {
  if (!key.startsWith(RECORD_PREFIX)) return null
  const rest = key.slice(RECORD_PREFIX.length)
  const slash = rest.indexOf('/')
  if (slash < 0) return null
  const kind = KINDS.find((k) => k === rest.slice(0, slash))
  return kind ? { kind, id: rest.slice(slash + 1) } : null
}

/** Every key in storage now (read first: removing keys while walking them skips some). */
export function allKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key !== null) keys.push(key)
  }
  return keys
}

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

/** Bytes a key and its value take. */
export const itemBytes = (key: string, text: string | null) => storedBytes(key) + storedBytes(text ?? '')

/** Bytes this site's localStorage holds (keys and values), as storedBytes counts them. */
export function storageUse(storage: KeyValueStorage): number {
  let total = 0
  for (const key of allKeys(storage)) total += itemBytes(key, storage.getItem(key))
  return total
}

/** Bytes a record takes in storage under its key, as this version writes it. */
export function recordBytes(kind: RecordKind, record: CheckIn | NotedSigns): number {
  return itemBytes(recordKey(kind, record.id), JSON.stringify(record))
}
