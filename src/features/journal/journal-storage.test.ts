import { expect, test, vi } from 'vitest'
import { JOURNAL_KEY, JOURNAL_META_KEY } from '../../state/journal-key'
import { serializeJournal, type Journal, type NotedSigns, type Plan } from './journal-data'
import { loadStored } from './journal-storage'
import { DAMAGED_KEY, recordKey, storedBytes, type KeyValueStorage } from './storage-keys'
import { STORAGE_VERSION } from './stored-records'
import { createJournalStore } from './journal-store'
import { BROUGHT_BACK_NOTICE, NEWER_NOTICE } from './journal-words'
import { checkIn } from './test-entries'
import { TestStorage } from './test-storage'

const plan: Plan = { type: 'swedish', next: ['deep-tissue'], start: '2026-06-01', time: '18:00', weeks: 6 }
const noted: NotedSigns = { id: 'n1', date: '2026-06-08', created: 5, signs: ['fever'] }

/** A tab of the app: its own store, reading the shared storage when it opens. */
const openTab = (storage: KeyValueStorage) => createJournalStore(storage)
/** The journal as a tab opened now would read it. */
const stored = (storage: KeyValueStorage) => loadStored(storage).journal
const ids = (journal: Journal) => journal.entries.map((e) => e.id)
/** Lets a tab read the `storage` events the browser sent it (read together, after a moment). */
const tick = () => new Promise((done) => setTimeout(done, 0))

/** Storage holding this journal, saved the old way (one record under JOURNAL_KEY). */
function oldWay(journal: Journal, storage = new TestStorage()) {
  storage.setItem(JOURNAL_KEY, serializeJournal(journal))
  return storage
}

test('two tabs that each add a check-in keep both, though neither saw the other', () => {
  const storage = new TestStorage()
  const [a, b] = [openTab(storage), openTab(storage)]
  const [x, y] = [checkIn('2026-06-01', 'before', 6), checkIn('2026-06-08', 'session', 4)]
  expect(a.getState().saveCheckIn(x)).toBe('saved')
  expect(b.getState().saveCheckIn(y)).toBe('saved')
  expect(ids(stored(storage))).toEqual([x.id, y.id])
})

test('saves at the same moment from the same old view of the journal all land', () => {
  const start = checkIn('2026-06-01', 'before', 6)
  const storage = oldWay({ plan, entries: [start], noted: [] })
  const tabs = [openTab(storage), openTab(storage), openTab(storage)]
  const added = tabs.map((_, i) => checkIn(`2026-06-0${i + 2}`, 'other', i))
  tabs.forEach((tab, i) => tab.getState().saveCheckIn(added[i]!))
  expect(ids(stored(storage))).toEqual([start.id, ...added.map((e) => e.id)])
  expect(stored(storage).plan).toEqual(plan)
})

test('each tab shows what another saved, changed and deleted, once the browser tells it', async () => {
  const storage = new TestStorage()
  const [a, b] = [openTab(storage), openTab(storage)]
  const x = checkIn('2026-06-01', 'before', 6)
  a.getState().saveCheckIn(x)
  a.getState().saveNoted(noted)
  a.getState().savePlan(plan)
  for (const key of [recordKey('check-in', x.id), recordKey('noted', noted.id), JOURNAL_META_KEY])
    b.changed(key)
  await tick()
  expect(b.getState().journal).toEqual({ plan, entries: [x], noted: [noted] })

  a.getState().saveCheckIn({ ...x, pain: 2 })
  a.getState().deleteCheckIn(x.id)
  b.changed(recordKey('check-in', x.id))
  await tick()
  expect(b.getState().journal.entries).toEqual([])
})

test('the changes of an import in another tab are read together, once', async () => {
  const storage = new TestStorage()
  const [a, b] = [openTab(storage), openTab(storage)]
  const entries = Array.from({ length: 200 }, (_, i) => checkIn('2026-06-01', 'other', i % 11))
  a.getState().replace({ plan, entries, noted: [] })
  let updates = 0
  b.subscribe(() => updates++)
  for (const e of entries) b.changed(recordKey('check-in', e.id))
  b.changed(JOURNAL_META_KEY)
  // Keys that are not the journal's (the quiz, a draft) are not its business.
  b.changed('massage-match')
  b.changed('massage-match-journal-draft/check-in')
  await tick()
  expect(updates).toBe(1)
  expect(b.getState().journal).toEqual({ plan, entries, noted: [] })
})

test('each tab counts the bytes in use as it and the others save and delete, without walking storage each time', async () => {
  const storage = new TestStorage()
  storage.setItem('massage-match', '{"state":{}}')
  const [a, b] = [openTab(storage), openTab(storage)]
  expect(a.getState().used).toBe(storage.used())
  const x = checkIn('2026-06-01', 'before', 6, { note: 'a note' })
  a.getState().saveCheckIn(x)
  a.getState().saveCheckIn({ ...x, note: 'a longer note than before' })
  b.changed(recordKey('check-in', x.id))
  await tick()
  // The meta record, written with the first check-in, is counted when a tab next opens.
  const meta = storedBytes(JOURNAL_META_KEY) + storedBytes(storage.getItem(JOURNAL_META_KEY)!)
  for (const tab of [a, b]) expect(tab.getState().used).toBe(storage.used() - meta)
  b.getState().deleteCheckIn(x.id)
  a.changed(recordKey('check-in', x.id))
  await tick()
  for (const tab of [a, b]) expect(tab.getState().used).toBe(storage.used() - meta)
  expect(openTab(storage).getState().used).toBe(storage.used())
})

test('an edit saved to a check-in deleted in another tab brings it back, and says so', () => {
  const x = checkIn('2026-06-01', 'before', 6)
  const storage = oldWay({ plan: null, entries: [x], noted: [] })
  const [a, b] = [openTab(storage), openTab(storage)]
  expect(a.getState().deleteCheckIn(x.id)).toBe('saved')
  // Tab b still shows it, and the person saves what they typed: the later action wins.
  expect(b.getState().saveCheckIn({ ...x, note: 'typed meanwhile' })).toBe('brought-back')
  expect(b.getState().notice).toBe(BROUGHT_BACK_NOTICE)
  expect(stored(storage).entries).toEqual([{ ...x, note: 'typed meanwhile' }])
})

test('a delete after an edit in another tab deletes it: the later action wins', () => {
  const x = checkIn('2026-06-01', 'before', 6)
  const storage = oldWay({ plan: null, entries: [x], noted: [] })
  const [a, b] = [openTab(storage), openTab(storage)]
  expect(a.getState().saveCheckIn({ ...x, pain: 2 })).toBe('saved')
  expect(b.getState().deleteCheckIn(x.id)).toBe('saved')
  expect(stored(storage).entries).toEqual([])
  expect(a.getState().notice).toBeNull()
})

test('a save into full storage says so, and leaves the journal in the tab and in storage as it was', () => {
  const x = checkIn('2026-06-01', 'before', 6)
  const storage = oldWay({ plan, entries: [x], noted: [] }, new TestStorage(20_000))
  const tab = openTab(storage)
  storage.fill()
  const before = new Map(storage.items)
  expect(tab.getState().saveCheckIn(checkIn('2026-06-08', 'other', 3))).toBe('not-saved')
  expect(tab.getState().saveNoted(noted)).toBe('not-saved')
  expect(tab.getState().savePlan({ ...plan, next: ['deep-tissue', 'trigger-point', 'reflexology'] })).toBe(
    'not-saved',
  )
  expect(tab.getState().journal).toEqual({ plan, entries: [x], noted: [] })
  expect(storage.items).toEqual(before)
})

test('replacing the journal lands whole, or not at all: a backup too big for the room left changes nothing', () => {
  const old = { plan, entries: [1, 2, 3].map((n) => checkIn(`2026-06-0${n}`, 'other', n)), noted: [] }
  const storage = oldWay(old, new TestStorage(30_000))
  const tab = openTab(storage)
  const before = new Map(storage.items)
  const big = Array.from({ length: 300 }, (_, i) =>
    checkIn('2026-07-01', 'other', i % 11, { note: 'n'.repeat(80) }),
  )
  expect(tab.getState().replace({ plan: null, entries: big, noted: [] })).toBe('not-saved')
  expect(storage.items).toEqual(before)
  expect(tab.getState().journal).toEqual(old)

  const small = { plan: null, entries: big.slice(0, 5), noted: [noted] }
  expect(tab.getState().replace(small)).toBe('saved')
  expect(stored(storage)).toEqual(small)
})

test('replacing takes what other tabs added before it; what they add after it stays', () => {
  const storage = new TestStorage()
  const [a, b] = [openTab(storage), openTab(storage)]
  b.getState().saveCheckIn(checkIn('2026-06-01', 'before', 6))
  const file = { plan, entries: [checkIn('2026-07-01', 'before', 5)], noted: [] }
  expect(a.getState().replace(file)).toBe('saved')
  expect(stored(storage)).toEqual(file)
  const later = checkIn('2026-07-08', 'session', 4)
  b.getState().saveCheckIn(later)
  expect(stored(storage).entries).toEqual([...file.entries, later])
})

test('a journal saved the old way moves into a key per record and reads back the same', () => {
  const journal = {
    plan,
    entries: [checkIn('2026-06-01', 'before', 6), checkIn('2026-06-08', 'session', 4)],
    noted: [],
  }
  const storage = oldWay(journal)
  expect(loadStored(storage)).toMatchObject({ journal, dropped: 0, unreadable: false, damaged: null })
  expect(storage.getItem(JOURNAL_KEY)).toBeNull()
  expect(JSON.parse(storage.getItem(JOURNAL_META_KEY)!)).toEqual({ version: STORAGE_VERSION, plan })
  for (const e of journal.entries)
    expect(JSON.parse(storage.getItem(recordKey('check-in', e.id))!)).toEqual(e)
  // Read again, nothing changes.
  expect(stored(storage)).toEqual(journal)
})

test('what the old record holds that cannot be read is copied to the damaged copy before it moves', () => {
  const good = checkIn('2026-06-01', 'before', 6)
  const text = JSON.stringify({ version: 1, plan: null, entries: [good, { id: 'x', pain: 99 }] })
  const storage = new TestStorage()
  storage.setItem(JOURNAL_KEY, text)
  expect(loadStored(storage)).toMatchObject({ journal: { entries: [good] }, dropped: 1, damaged: text })
  expect(storage.getItem(JOURNAL_KEY)).toBeNull()

  const unreadable = new TestStorage()
  unreadable.setItem(JOURNAL_KEY, '{"version":1,"entries":[{"id"')
  expect(loadStored(unreadable)).toMatchObject({ unreadable: true, damaged: '{"version":1,"entries":[{"id"' })
  expect(unreadable.getItem(JOURNAL_KEY)).toBeNull()
})

test('an old tab writing the old record again adds its check-ins, and the newer ones stay', () => {
  const x = checkIn('2026-06-01', 'before', 6)
  const storage = oldWay({ plan: null, entries: [x], noted: [] })
  const tab = openTab(storage)
  tab.getState().saveCheckIn({ ...x, pain: 1 })
  // A tab of the version before, still open, saves its whole journal the old way.
  const w = checkIn('2026-06-08', 'other', 5)
  oldWay({ plan, entries: [x, w], noted: [] }, storage)
  expect(stored(storage)).toEqual({ plan, entries: [{ ...x, pain: 1 }, w], noted: [] })
})

test('with no room for two copies, the old record still moves; with no room at all, it stays and is shown', () => {
  const journal = {
    plan,
    entries: Array.from({ length: 20 }, (_, i) =>
      checkIn('2026-06-01', 'other', i % 11, { note: 'm'.repeat(100) }),
    ),
    noted: [],
  }
  const size = storedBytes(JOURNAL_KEY) + storedBytes(serializeJournal(journal))
  const tight = oldWay(journal, new TestStorage(size * 1.4))
  expect(loadStored(tight).journal).toEqual(journal)
  expect(tight.getItem(JOURNAL_KEY)).toBeNull()

  const full = oldWay(journal, new TestStorage(size))
  expect(loadStored(full).journal).toEqual(journal)
  expect(full.getItem(JOURNAL_KEY)).toBe(serializeJournal(journal))
})

test('a record that cannot be read goes to the damaged copy and out of the way', () => {
  const storage = new TestStorage()
  const x = checkIn('2026-06-01', 'before', 6)
  openTab(storage).getState().saveCheckIn(x)
  storage.setItem(recordKey('check-in', 'bad'), '{"id":"bad","pain":"lots"}')
  storage.setItem(recordKey('noted', 'n2'), '{"id":"n2","date":"2026-06-01","created":1,"signs":["unknown"]}')
  expect(loadStored(storage)).toMatchObject({ journal: { entries: [x], noted: [] }, dropped: 2 })
  expect(storage.getItem(DAMAGED_KEY)).toContain('"pain":"lots"')
  expect(storage.getItem(recordKey('check-in', 'bad'))).toBeNull()
})

test("a newer version's records are left as they are, and no save writes its version down", () => {
  const storage = new TestStorage()
  storage.setItem(
    JOURNAL_META_KEY,
    JSON.stringify({ version: STORAGE_VERSION + 1, plan, reminders: 'weekly' }),
  )
  // A check-in of a shape this version cannot read, and a kind of record it does not know.
  const future = JSON.stringify({
    id: 'f1',
    date: '2027-01-01',
    created: 1,
    kind: 'before',
    pain: { now: 3 },
  })
  storage.setItem(recordKey('check-in', 'f1'), future)
  storage.setItem(`${JOURNAL_KEY}/medication/m1`, '{"id":"m1"}')
  storage.setItem(`${JOURNAL_KEY}/notedx`, 'not a record this version knows')
  // A check-in this version can read, with a part it does not know.
  const x = { ...checkIn('2026-06-01', 'before', 6), mood: 'calm' }
  storage.setItem(recordKey('check-in', x.id), JSON.stringify(x))

  const tab = openTab(storage)
  expect(loadStored(storage)).toMatchObject({ newer: 1, dropped: 0, damaged: null })
  expect(tab.getState().notice).toBe(NEWER_NOTICE)
  const known = checkIn('2026-06-01', 'before', 6, { id: x.id, created: x.created })
  expect(tab.getState().journal.entries).toEqual([known])
  tab.getState().saveCheckIn({ ...known, pain: 2 })
  tab.getState().savePlan(plan)
  expect(JSON.parse(storage.getItem(recordKey('check-in', x.id))!)).toEqual({ ...x, pain: 2 })
  const meta = { version: STORAGE_VERSION + 1, plan, reminders: 'weekly' }
  expect(JSON.parse(storage.getItem(JOURNAL_META_KEY)!)).toEqual(meta)
  tab.getState().replace({ plan, entries: [{ ...known, pain: 3 }], noted: [] })
  expect(JSON.parse(storage.getItem(JOURNAL_META_KEY)!)).toEqual(meta)
  expect(storage.getItem(`${JOURNAL_KEY}/medication/m1`)).toBe('{"id":"m1"}')
  expect(storage.getItem(`${JOURNAL_KEY}/notedx`)).toBe('not a record this version knows')
  // Even an import that replaces the journal leaves what this version cannot read.
  expect(storage.getItem(recordKey('check-in', 'f1'))).toBe(future)
})

test('the store knows whether the browser agreed to keep the journal, and asks when the journal starts', async () => {
  const keeper = {
    persisted: vi.fn(() => Promise.resolve(false)),
    persist: vi.fn(() => Promise.resolve(true)),
  }
  const tab = createJournalStore(new TestStorage(), keeper)
  await tick()
  expect(tab.getState().kept).toBe(false)
  expect(keeper.persist).not.toHaveBeenCalled()
  tab.getState().saveCheckIn(checkIn('2026-06-01', 'before', 6))
  await tick()
  expect(keeper.persist).toHaveBeenCalledTimes(1)
  expect(tab.getState().kept).toBe(true)
  tab.getState().saveCheckIn(checkIn('2026-06-08', 'other', 5))
  expect(keeper.persist).toHaveBeenCalledTimes(1)
})

test('"Delete everything" removes every key of the journal, and nothing else', () => {
  const storage = oldWay({ plan, entries: [checkIn('2026-06-01', 'before', 6)], noted: [noted] })
  storage.setItem('massage-match', '{"state":{}}')
  storage.setItem(`${JOURNAL_KEY}-draft/check-in`, '{}')
  const tab = openTab(storage)
  expect(tab.getState().deleteAll()).toBe('saved')
  expect([...storage.items.keys()]).toEqual(['massage-match'])
  expect(tab.getState().journal).toEqual({ plan: null, entries: [], noted: [] })
})
