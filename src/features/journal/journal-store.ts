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
  type Stored,
} from './journal-storage'
import { BROUGHT_BACK_NOTICE, NEWER_NOTICE, PARTLY_DAMAGED_NOTICE, UNREADABLE_NOTICE } from './journal-words'
import {
  DAMAGED_KEY,
  DRAFT_PREFIX,
  JOURNAL_PREFIX,
  recordBytes,
  storageUse,
  type KeyValueStorage,
  type RecordKind,
} from './storage-keys'

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
type Actions = Omit<JournalState, keyof Data | 'kept'>

/** What opening the journal found wrong, most serious first. */
type OpeningProblem = 'unreadable' | 'partly-damaged' | 'newer'

const OPENING_NOTICES: Readonly<Record<OpeningProblem, string>> = {
  unreadable: UNREADABLE_NOTICE,
  'partly-damaged': PARTLY_DAMAGED_NOTICE,
  newer: NEWER_NOTICE,
}

function openingProblem(stored: Stored): OpeningProblem | null {
  if (stored.unreadable) return 'unreadable'
  if (stored.dropped > 0) return 'partly-damaged'
  return stored.newer > 0 ? 'newer' : null
}

function load(storage: KeyValueStorage): Data {
  const stored = loadStored(storage)
  const problem = openingProblem(stored)
  const notice = problem === null ? null : OPENING_NOTICES[problem]
  return { journal: stored.journal, damaged: stored.damaged, notice, used: stored.used }
}

/** The start page's "Open your journal" follows whether storage holds a journal now. */
function markStartPage(storage: KeyValueStorage) {
  document.documentElement.toggleAttribute(JOURNAL_ATTRIBUTE, hasStoredJournal(storage))
}

/** What a browser offers to keep data (navigator.storage), absent in tests and older browsers. */
interface KeepAsker {
  persist?: () => Promise<boolean>
  persisted?: () => Promise<boolean>
}

/** What the actions work with: storage, the state now, and the way to change it. */
interface StoreCore {
  storage: KeyValueStorage
  get: () => JournalState
  set: (part: Partial<JournalState>) => void
  /**
   * After a write: when it landed, the new journal and the bytes it added (`added`; by default
   * counted again, which walks all of storage).
   */
  landed: (journal: Journal, result: SaveResult, added?: number) => SaveResult
  /** Every record this tab has shown: one saved that is missing from storage was deleted elsewhere. */
  seen: ReadonlySet<string>
}

/** The store's actions: each writes what it changes and returns whether it landed. */
function journalActions({ storage, get, set, landed, seen }: StoreCore): Actions {
  /** Saves a record under its key; the bytes it adds are its own, less what it was. */
  function saveRecord<T extends CheckIn | NotedSigns>(
    kind: RecordKind,
    record: T,
    before: T | undefined,
    put: (journal: Journal, record: T) => Journal,
  ): SaveResult {
    return landed(
      put(get().journal, record),
      putRecord(storage, kind, record, seen.has(record.id)),
      recordBytes(kind, record) - (before ? recordBytes(kind, before) : 0),
    )
  }
  const find = <T extends { id: string }>(list: readonly T[], id: string) => list.find((r) => r.id === id)

  return {
    // A plan is a few bytes either way: not worth walking all of storage to count them.
    savePlan: (plan) => landed({ ...get().journal, plan }, savePlan(storage, plan), 0),
    saveCheckIn: (entry) => {
      const before = find(get().journal.entries, entry.id)
      const result = saveRecord('check-in', entry, before, putCheckIn)
      if (result === 'brought-back') set({ notice: BROUGHT_BACK_NOTICE })
      return result
    },
    saveNoted: (record) => saveRecord('noted', record, find(get().journal.noted, record.id), putNoted),
    deleteCheckIn: (id) => {
      const before = find(get().journal.entries, id)
      return landed(
        removeCheckIn(get().journal, id),
        removeRecord(storage, 'check-in', id),
        before ? -recordBytes('check-in', before) : 0,
      )
    },
    replace: (journal) => landed(journal, replaceStored(storage, journal)),
    deleteAll: () => {
      const result = landed({ plan: null, entries: [], noted: [] }, clearStored(storage))
      if (result !== 'not-saved') set({ damaged: null, notice: null })
      return result
    },
    setNotice: (notice) => set({ notice }),
  }
}

/**
 * Another tab changed a key (the `storage` event; null: it cleared storage). Changes are read
 * together a moment later, so an import of thousands of records elsewhere is read once.
 */
function otherTabs({ storage, get, set }: StoreCore): (key: string | null) => void {
  const pending = new Set<string | null>()
  function flush() {
    const keys = [...pending]
    pending.clear()
    const changed = applyStoredChanges(storage, keys, get().journal)
    // "Delete everything" in another tab takes the start page's link away here too.
    markStartPage(storage)
    if (changed === null) return set(load(storage))
    set({
      journal: changed.journal,
      used: get().used + changed.added,
      ...(keys.includes(DAMAGED_KEY) ? { damaged: storage.getItem(DAMAGED_KEY) } : {}),
    })
  }
  return (key) => {
    if (key !== null && (!key.startsWith(JOURNAL_PREFIX) || key.startsWith(DRAFT_PREFIX))) return
    if (pending.size === 0) setTimeout(flush, 0)
    pending.add(key)
  }
}

/**
 * A journal store over one storage. The app makes one over localStorage; a test may make two over
 * the same storage, as two tabs.
 */
export function createJournalStore(storage: KeyValueStorage, keeper: KeepAsker | undefined = undefined) {
  let state: JournalState
  const listeners = new Set<() => void>()
  const seen = new Set<string>()
  const get = () => state
  function set(part: Partial<JournalState>) {
    state = { ...state, ...part }
    for (const { id } of [...state.journal.entries, ...state.journal.noted]) seen.add(id)
    for (const listener of listeners) listener()
  }
  // The start page's marker, and the browser asked to keep the journal once it holds something.
  function landed(journal: Journal, result: SaveResult, added?: number): SaveResult {
    if (result === 'not-saved') return result
    const started = isEmptyJournal(state.journal) && !isEmptyJournal(journal)
    markStartPage(storage)
    set({ journal, used: added === undefined ? storageUse(storage) : state.used + added })
    if (started)
      keeper?.persist?.().then(
        (kept) => set({ kept }),
        () => undefined,
      )
    return result
  }
  const core = { storage, get, set, landed, seen }

  set({ ...load(storage), kept: null, ...journalActions(core) })
  keeper?.persisted?.().then(
    (kept) => set({ kept }),
    () => undefined,
  )
  return {
    getState: get,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    /** Reads storage again, as a reload would. */
    reload: () => set(load(storage)),
    /** Another tab changed a key (the `storage` event; null: it cleared storage). */
    changed: otherTabs(core),
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
