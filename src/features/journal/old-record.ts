// The journal as it was first saved, one record under JOURNAL_KEY: moved into a key per record
// when the journal opens (docs/decisions/0020-journal-records.md).
import { JOURNAL_KEY, JOURNAL_META_KEY } from '../../state/journal-key'
import { isEmptyJournal, parseJournal, type Journal } from './journal-data'
import type { KeyValueStorage } from './storage-keys'
import { keepDamaged, metaText, readMeta, recordWrites, writeAll } from './stored-records'

/**
 * Moves a journal saved the old way (one record under JOURNAL_KEY) into its own keys: a record
 * already there stays as it is (it is the newer), the old plan fills an empty one. The old record
 * is removed once everything is in; if there is no room for both at once, it is removed first and
 * put back if the rest does not fit. What cannot be read goes to the damaged copy first. `left`:
 * the old journal when it could not be moved (no room), to show as it is.
 */
export function moveOldRecord(storage: KeyValueStorage): {
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
