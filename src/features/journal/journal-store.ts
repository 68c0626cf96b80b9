// The journal on this phone: a small store over journal-storage.ts, which keeps each record under
// its own localStorage key (docs/decisions/0017-journal-records.md). Every action writes what it
// changes against what is stored now and returns whether it landed; other tabs' changes arrive by
// the `storage` event. Hand-written rather than zustand's create: importing create from here grew
// the app's first chunk by a few bytes it did not have (docs/decisions/0012-journal-and-the-size-budget.md).
import { useSyncExternalStore } from 'react'
import { JOURNAL_ATTRIBUTE } from '../../state/journal-key'
import {
  isEmptyJournal,
  putCheckIn,
  putNoted,
  removeCheckIn,
  type CheckIn,
  type Journal,
  type NotedSigns,
  type Plan,
} from './journal-data'
import {
  DAMAGED_KEY,
  DRAFT_PREFIX,
  JOURNAL_PREFIX,
  applyStoredChanges,
  clearStored,
  hasStoredJournal,
  loadStored,
  putRecord,
  removeRecord,
  replaceStored,
  savePlan,
  storageUse,
  type KeyValueStorage,
  type SaveResult,
} from './journal-storage'
import { BROUGHT_BACK_NOTICE, NEWER_NOTICE, PARTLY_DAMAGED_NOTICE, UNREADABLE_NOTICE } from './journal-words'

export { DAMAGED_KEY, type SaveResult }

export interface JournalState {
  journal: Journal
  /** The saved text that could not be read in full, or null. */
  damaged: string | null
  notice: string | null
  /** Bytes this site's storage holds (storageUse): the journal says so when it nears the limit. */
  used: number
  /** Whether this browser has agreed to keep the journal when space runs low; null: not known. */
  kept: boolean | null
  savePlan: (plan: Plan) => SaveResult
  saveCheckIn: (entry: CheckIn) => SaveResult
  saveNoted: (record: NotedSigns) => SaveResult
  deleteCheckIn: (id: string) => SaveResult
  /** Replaces the whole journal (an imported backup): all of it lands, or nothing changes. */
  replace: (journal: Journal) => SaveResult
  /** Deletes the journal, its drafts and any damaged copy from this phone. */
  deleteAll: () => SaveResult
  setNotice: (notice: string | null) => void
}

type Data = Pick<JournalState, 'journal' | 'damaged' | 'notice' | 'used'>

function load(storage: KeyValueStorage): Data {
  const stored = loadStored(storage)
  const notice = stored.unreadable
    ? UNREADABLE_NOTICE
    : stored.dropped > 0
      ? PARTLY_DAMAGED_NOTICE
      : stored.newer > 0
        ? NEWER_NOTICE
        : null
  return { journal: stored.journal, damaged: stored.damaged, notice, used: stored.used }
}

/** What a browser offers to keep data (navigator.storage), absent in tests and older browsers. */
interface KeepAsker {
  persist?: () => Promise<boolean>
  persisted?: () => Promise<boolean>
}

/**
 * A journal store over one storage. The app makes one over localStorage; a test may make two over
 * the same storage, as two tabs.
 */
export function createJournalStore(storage: KeyValueStorage, keeper: KeepAsker | undefined = undefined) {
  let state: JournalState
  const listeners = new Set<() => void>()
  const pending = new Set<string | null>()
  /** Every record this tab has shown: one saved that is missing from storage was deleted elsewhere. */
  const seen = new Set<string>()

  function setState(part: Partial<JournalState>) {
    state = { ...state, ...part }
    for (const { id } of [...state.journal.entries, ...state.journal.noted]) seen.add(id)
    for (const listener of listeners) listener()
  }

  /** After a write landed: the new journal, the start page's marker, the browser asked to keep it. */
  function landed(journal: Journal, result: SaveResult): SaveResult {
    if (result === 'not-saved') return result
    const started = isEmptyJournal(state.journal) && !isEmptyJournal(journal)
    document.documentElement.toggleAttribute(JOURNAL_ATTRIBUTE, hasStoredJournal(storage))
    setState({ journal, used: storageUse(storage) })
    if (started) askToKeep()
    return result
  }

  function askToKeep() {
    keeper?.persist?.().then(
      (kept) => setState({ kept }),
      () => undefined,
    )
  }

  /** Other tabs' changes, read once the burst of `storage` events is over. */
  function flush() {
    const keys = [...pending]
    pending.clear()
    const journal = applyStoredChanges(storage, keys, state.journal)
    if (journal === null) {
      setState(load(storage))
      return
    }
    setState({
      journal,
      used: storageUse(storage),
      ...(keys.includes(DAMAGED_KEY) ? { damaged: storage.getItem(DAMAGED_KEY) } : {}),
    })
  }

  setState({
    ...load(storage),
    kept: null,
    savePlan: (plan) => landed({ ...state.journal, plan }, savePlan(storage, plan)),
    saveCheckIn: (entry) => {
      const result = landed(
        putCheckIn(state.journal, entry),
        putRecord(storage, 'check-in', entry, seen.has(entry.id)),
      )
      if (result === 'brought-back') setState({ notice: BROUGHT_BACK_NOTICE })
      return result
    },
    saveNoted: (record) =>
      landed(putNoted(state.journal, record), putRecord(storage, 'noted', record, seen.has(record.id))),
    deleteCheckIn: (id) => landed(removeCheckIn(state.journal, id), removeRecord(storage, 'check-in', id)),
    replace: (journal) => landed(journal, replaceStored(storage, journal)),
    deleteAll: () => {
      const result = landed({ plan: null, entries: [], noted: [] }, clearStored(storage))
      if (result !== 'not-saved') setState({ damaged: null, notice: null })
      return result
    },
    setNotice: (notice) => setState({ notice }),
  })
  keeper?.persisted?.().then(
    (kept) => setState({ kept }),
    () => undefined,
  )

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    /** Reads storage again, as a reload would. */
    reload: () => setState(load(storage)),
    /**
     * Another tab changed a key (the `storage` event; null: it cleared storage). Changes are read
     * together a moment later, so an import of thousands of records elsewhere is read once.
     */
    changed(key: string | null) {
      if (key !== null && (!key.startsWith(JOURNAL_PREFIX) || key.startsWith(DRAFT_PREFIX))) return
      if (pending.size === 0) setTimeout(flush, 0)
      pending.add(key)
    },
  }
}

/** localStorage, or a stand-in whose every use fails when the browser blocks it. */
function browserStorage(): KeyValueStorage {
  try {
    return window.localStorage
  } catch {
    const blocked = () => {
      throw new Error('Storage is blocked')
    }
    return { getItem: blocked, setItem: blocked, removeItem: blocked, key: blocked, length: 0 }
  }
}

const store = createJournalStore(browserStorage(), navigator.storage)
addEventListener('storage', (event) => store.changed(event.key))

/** One field of the journal's state, as with the quiz store: `useJournalStore((s) => s.journal)`. */
export function useJournalStore<T>(select: (s: JournalState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()))
}

useJournalStore.getState = store.getState

/** Reads storage again, as a reload would (tests). */
export function reloadJournal() {
  store.reload()
}
