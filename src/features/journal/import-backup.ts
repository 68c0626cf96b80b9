// Importing a backup: what a file read for import leads to. Pure: keep-it-safe.tsx asks and saves,
// journal-words.ts says how it ended.
import { isEmptyJournal, type BackupRead } from './journal-data'

/** How an import ends: refused, or replaced (or not, when the browser would not save it). */
export type ImportEnd = 'not-a-backup' | 'nothing-to-import' | 'not-saved' | 'imported'

/**
 * What follows reading a backup: refused, or replacing the journal; over a journal that holds
 * something (`hasJournal`), asking first, saying what will be left out before anything is replaced.
 */
export function importStep(
  read: BackupRead,
  hasJournal: boolean,
): Extract<ImportEnd, 'not-a-backup' | 'nothing-to-import'> | 'ask' | 'replace' {
  if (read.unreadable) return 'not-a-backup'
  // Nothing to import must never replace a journal with nothing.
  if (isEmptyJournal(read.journal)) return 'nothing-to-import'
  return hasJournal ? 'ask' : 'replace'
}
