// The journal on this phone: a small store over journal-storage.ts, which keeps each record under
// its own localStorage key (docs/decisions/0020-journal-records.md). Every action writes what it
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
  applyStoredChanges,
  clearStored,
  hasStoredJournal,
  loadStored,
  putRecord,
  removeRecord,
  replaceStored,
  savePlan,
  type SaveResult,
} from './journal-storage'
import {
  DAMAGED_KEY,
  DRAFT_PREFIX,
  JOURNAL_PREFIX,
  recordBytes,
  storageUse,
  type KeyValueStorage,
} from './storage-keys'
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

  /**
   * After a write landed: the new journal, the bytes it added (`added`; by default counted again,
   * which walks all of storage), the start page's marker, the browser asked to keep it.
   */
  function landed(journal: Journal, result: SaveResult, added?: number): SaveResult {
    if (result === 'not-saved') return result
    const started = isEmptyJournal(state.journal) && !isEmptyJournal(journal)
    document.documentElement.toggleAttribute(JOURNAL_ATTRIBUTE, hasStoredJournal(storage))
    setState({ journal, used: added === undefined ? storageUse(storage) : state.used + added })
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
    const changed = applyStoredChanges(storage, keys, state.journal)
    // "Delete everything" in another tab takes the start page's link away here too.
    document.documentElement.toggleAttribute(JOURNAL_ATTRIBUTE, hasStoredJournal(storage))
    if (changed === null) {
      setState(load(storage))
      return
    }
    setState({
      journal: changed.journal,
      used: state.used + changed.added,
      ...(keys.includes(DAMAGED_KEY) ? { damaged: storage.getItem(DAMAGED_KEY) } : {}),
    })
  }

  setState({
    ...load(storage),
    kept: null,
    // A plan is a few bytes either way: not worth walking all of storage to count them.
    savePlan: (plan) => landed({ ...state.journal, plan }, savePlan(storage, plan), 0),
    saveCheckIn: (entry) => {
      const before = state.journal.entries.find((e) => e.id === entry.id)
      const result = landed(
        putCheckIn(state.journal, entry),
        putRecord(storage, 'check-in', entry, seen.has(entry.id)),
        recordBytes('check-in', entry) - (before ? recordBytes('check-in', before) : 0),
      )
      if (result === 'brought-back') setState({ notice: BROUGHT_BACK_NOTICE })
      return result
    },
    saveNoted: (record) => {
      const before = state.journal.noted.find((r) => r.id === record.id)
      return landed(
        putNoted(state.journal, record),
        putRecord(storage, 'noted', record, seen.has(record.id)),
        recordBytes('noted', record) - (before ? recordBytes('noted', before) : 0),
      )
    },
    deleteCheckIn: (id) => {
      const before = state.journal.entries.find((e) => e.id === id)
      return landed(
        removeCheckIn(state.journal, id),
        removeRecord(storage, 'check-in', id),
        before ? -recordBytes('check-in', before) : 0,
      )
    },
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
