// Reading and writing the journal's records in storage: the meta record (the plan, the version),
// a record of each kind, writes that land whole or not at all, and the damaged copy.
import {
  readCheckIn,
  readNoted,
  readPlan,
  type CheckIn,
  type Journal,
  type NotedSigns,
  type Plan,
} from './journal-data'
import { DAMAGED_KEY, recordKey, type KeyValueStorage, type RecordKind } from './storage-keys'

/**
 * The way the journal is kept: 2 is one key per record (1 was the whole journal under JOURNAL_KEY).
 * A newer version may add kinds of record, or fields, that this one does not know: it leaves them
 * as they are, and never writes the number down.
 */
export const STORAGE_VERSION = 2

/** Stored text as data: null when there is none, undefined when it is not JSON. */
export function parse(text: string | null): unknown {
  if (text === null) return null
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export interface Meta {
  plan: Plan | null
  /** The record as stored: the parts this version does not know are kept on every write. */
  rest: Record<string, unknown>
  version: number
  /** Written by a newer version. */
  newer: boolean
  /** There, but not a meta record at all. */
  damaged: boolean
}

export function readMeta(text: string | null): Meta {
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
export function metaText(meta: Meta, plan: Plan | null): string {
  return JSON.stringify({ ...meta.rest, version: Math.max(meta.version, STORAGE_VERSION), plan })
}

/** The meta record of a journal that had none. */
export const NEW_META = metaText(readMeta(null), null)

/** Adds texts to the damaged copy; false when it could not be kept (then nothing may be removed). */
export function keepDamaged(storage: KeyValueStorage, texts: readonly string[]): boolean {
  try {
    const before = storage.getItem(DAMAGED_KEY)
    storage.setItem(DAMAGED_KEY, [...(before === null ? [] : [before]), ...texts].join('\n\n'))
    return true
  } catch {
    return false
  }
}

/** A record of one kind from its stored text, or null when it cannot be read. */
export function readRecord(kind: RecordKind, id: string, text: string | null): CheckIn | NotedSigns | null {
  const record = kind === 'check-in' ? readCheckIn(parse(text)) : readNoted(parse(text))
  return record?.id === id ? record : null
}

/** A key and its new text, or null to remove it. */
export type Write = readonly [string, string | null]

/** Puts a text under its key, or removes the key for null. */
function put(storage: KeyValueStorage, [key, text]: Write) {
  if (text === null) storage.removeItem(key)
  else storage.setItem(key, text)
}

/**
 * Writes records, remembering what each key held: on a failure every key is put back and false
 * returned, so a write of many records lands whole or not at all.
 */
export function writeAll(storage: KeyValueStorage, writes: readonly Write[]): boolean {
  const undo: Write[] = []
  try {
    for (const write of writes) {
      undo.push([write[0], storage.getItem(write[0])])
      put(storage, write)
    }
    return true
  } catch {
    for (const write of undo.reverse()) {
      try {
        put(storage, write)
      } catch {
        // Putting back what was there fits: the keys written after it are already gone.
      }
    }
    return false
  }
}

/** The writes that store each record of a journal under its own key. */
export function recordWrites(journal: Journal): [string, string][] {
  return [
    ...journal.entries.map((e): [string, string] => [recordKey('check-in', e.id), JSON.stringify(e)]),
    ...journal.noted.map((r): [string, string] => [recordKey('noted', r.id), JSON.stringify(r)]),
  ]
}
