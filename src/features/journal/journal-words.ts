// The journal's messages about keeping it: what went wrong and what to do, in the app's plain
// words. A module of their own, so the browser tests can read them without the screens.
import type { ImportEnd } from './import-backup'
import type { BackupRead } from './journal-data'

export const UNREADABLE_NOTICE =
  "We couldn't read your journal, so it starts empty. We kept a copy of what was saved: download it below."
export const PARTLY_DAMAGED_NOTICE =
  "Part of your journal couldn't be read. We kept the rest, and a copy of what was saved: download it below."
export const NEWER_NOTICE =
  'Part of your journal was saved by a newer version of Massage Match, so this page cannot show it. It is kept: when “A new version is ready” shows, tap Reload to see all of it.'
export const CHECK_IN_NOT_SAVED =
  'This check-in was not saved: this browser has no room left for your journal, or is not letting it save. What you entered is still here. Try Save again; if it fails again, download a backup from your journal.'
export const CHECK_IN_NOT_DELETED =
  'This check-in was not deleted: this browser is not letting your journal change just now. Try again.'
export const PLAN_NOT_SAVED =
  'Your plan was not saved: this browser has no room left for your journal, or is not letting it save. Try again; if it fails again, download a backup from your journal.'
export const BROUGHT_BACK_NOTICE =
  'This check-in had been deleted in another tab or window. Saving your changes brought it back.'

export const NOT_A_BACKUP =
  "This file isn't a Massage Match journal backup, or it is damaged, so nothing was changed. Choose the .json file you downloaded with “Download a backup”."
export const NOTHING_TO_IMPORT =
  'This backup has no check-in or plan that could be read, so nothing was changed.'
export const IMPORT_NOT_SAVED =
  'This backup was not imported: it is too big for the room this browser gives the app, or the browser is not letting it save. Your journal on this phone is as it was. Keep the backup file.'
export const NOT_DELETED =
  'Your journal was not deleted: this browser is not letting it change just now. Try again.'
export const KEPT_WORDS = 'This browser has agreed to keep your journal.'
export const MAY_CLEAR_WORDS =
  'This browser may clear your journal if the phone runs short of space: download a backup now and then.'

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`

/**
 * What of a backup is left out, in words, before (`will be`) or after (`were`) the import; empty
 * when nothing is.
 */
export function leftOutWords(
  { dropped, outOfRange }: Pick<BackupRead, 'dropped' | 'outOfRange'>,
  tense: 'will be' | 'were',
): string {
  const verb = (n: number) => (tense === 'will be' ? 'will be' : n === 1 ? 'was' : 'were')
  return [
    dropped > 0
      ? `${plural(dropped, 'part')} of the file couldn't be read and ${verb(dropped)} left out.`
      : '',
    outOfRange > 0
      ? `${plural(outOfRange, 'check-in')} dated before 2000 or in the future ${verb(outOfRange)} left out.`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** How an import ended (import-backup.ts decides), as its notice says it. */
export const IMPORT_NOTICES: Readonly<Record<ImportEnd, (read: BackupRead) => string>> = {
  'not-a-backup': () => NOT_A_BACKUP,
  'nothing-to-import': (read) => `${NOTHING_TO_IMPORT} ${leftOutWords(read, 'were')}`.trim(),
  'not-saved': () => IMPORT_NOT_SAVED,
  imported: (read) =>
    `Backup imported: ${plural(read.journal.entries.length, 'check-in')}. ${leftOutWords(read, 'were')}`.trim(),
}

/** The question before a backup replaces a journal of `count` check-ins. */
export function replaceWords(count: number, read: BackupRead): string {
  return `The backup replaces the journal on this phone (${plural(count, 'check-in')}) with the one in the file (${read.journal.entries.length}). ${leftOutWords(read, 'will be')}`
}
