// The journal on this phone: a small store, saved in localStorage under JOURNAL_KEY after every
// change. Why localStorage and not IndexedDB: docs/decisions/0011-journal-storage.md. Hand-written
// rather than zustand's create: importing create from here grew the app's first chunk by a few
// bytes it did not have (docs/decisions/0012-journal-and-the-size-budget.md).
import { useSyncExternalStore } from 'react'
import { JOURNAL_ATTRIBUTE, JOURNAL_KEY } from '../../state/journal-key'
import {
  EMPTY_JOURNAL,
  parseJournal,
  putCheckIn,
  removeCheckIn,
  serializeJournal,
  type CheckIn,
  type Journal,
  type NotedSigns,
  type Plan,
} from './journal-data'

/** A copy of a journal that could not be read in full, kept for the person to download. */
export const DAMAGED_KEY = 'massage-match-journal-damaged'

export const UNREADABLE_NOTICE =
  "We couldn't read your journal, so it starts empty. We kept a copy of what was saved: download it below."
export const PARTLY_DAMAGED_NOTICE =
  "Part of your journal couldn't be read. We kept the rest, and a copy of what was saved: download it below."
const SAVE_FAILED_NOTICE =
  'Your journal could not be saved on this phone (its storage may be full or blocked). Download a backup to keep it.'

interface JournalState {
  journal: Journal
  /** The saved text that could not be read in full, or null. */
  damaged: string | null
  notice: string | null
  savePlan: (plan: Plan) => void
  saveCheckIn: (entry: CheckIn) => void
  saveNoted: (record: NotedSigns) => void
  deleteCheckIn: (id: string) => void
  /** Replaces the whole journal (an imported backup). */
  replace: (journal: Journal) => void
  /** Deletes the journal and any damaged copy from this phone. */
  deleteAll: () => void
  setNotice: (notice: string | null) => void
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
    return true
  } catch {
    return false
  }
}

/** Reads the saved journal; a damaged one keeps what is readable and its raw copy, with a notice. */
function loadJournal(): Pick<JournalState, 'journal' | 'damaged' | 'notice'> {
  const raw = read(JOURNAL_KEY)
  const kept = read(DAMAGED_KEY)
  if (raw === null) return { journal: EMPTY_JOURNAL, damaged: kept, notice: null }
  const result = parseJournal(raw)
  if (!result.unreadable && result.dropped === 0)
    return { journal: result.journal, damaged: kept, notice: null }
  // Keep the damaged text before anything overwrites it, so nothing is lost silently.
  write(DAMAGED_KEY, raw)
  write(JOURNAL_KEY, isEmpty(result.journal) ? null : serializeJournal(result.journal))
  return {
    journal: result.journal,
    damaged: raw,
    notice: result.unreadable ? UNREADABLE_NOTICE : PARTLY_DAMAGED_NOTICE,
  }
}

const isEmpty = (journal: Journal) =>
  journal.plan === null && journal.entries.length === 0 && journal.noted.length === 0

/** Asks the browser to keep the site's data when space runs low (granted quietly, or not). */
function askToKeep() {
  void navigator.storage?.persist?.().catch(() => false)
}

let state: JournalState
const listeners = new Set<() => void>()

function setState(part: Partial<JournalState>) {
  state = { ...state, ...part }
  for (const listener of listeners) listener()
}

function commit(journal: Journal) {
  const started = isEmpty(state.journal) && !isEmpty(journal)
  const saved = write(JOURNAL_KEY, isEmpty(journal) ? null : serializeJournal(journal))
  // The start page's "Open your journal" follows (the first-paint script sets it on a reload).
  document.documentElement.toggleAttribute(JOURNAL_ATTRIBUTE, !isEmpty(journal))
  setState({ journal, notice: saved ? state.notice : SAVE_FAILED_NOTICE })
  if (started) askToKeep()
}

state = {
  ...loadJournal(),
  savePlan: (plan) => commit({ ...state.journal, plan }),
  saveCheckIn: (entry) => commit(putCheckIn(state.journal, entry)),
  saveNoted: (record) =>
    commit({ ...state.journal, noted: [...state.journal.noted.filter((n) => n.id !== record.id), record] }),
  deleteCheckIn: (id) => commit(removeCheckIn(state.journal, id)),
  replace: (journal) => commit(journal),
  deleteAll: () => {
    write(DAMAGED_KEY, null)
    commit(EMPTY_JOURNAL)
    setState({ damaged: null, notice: null })
  },
  setNotice: (notice) => setState({ notice }),
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** One field of the journal's state, as with the quiz store: `useJournalStore((s) => s.journal)`. */
export function useJournalStore<T>(select: (s: JournalState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state))
}

useJournalStore.getState = () => state

/** Reads storage again, as a reload would (tests). */
export function reloadJournal() {
  setState(loadJournal())
}
