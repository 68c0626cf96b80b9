import type { Page } from '@playwright/test'
import type { Journal } from '../src/features/journal/journal-data'
import { hasStoredJournal, loadStored } from '../src/features/journal/journal-storage'
import { JOURNAL_PREFIX } from '../src/features/journal/storage-keys'
import { TestStorage } from '../src/features/journal/test-storage'

/** A copy of the page's localStorage, read in Node as the journal's own code would read it there. */
async function storageOf(page: Page): Promise<TestStorage> {
  const items = await page.evaluate(() => Object.entries(localStorage))
  const copy = new TestStorage()
  for (const [key, value] of items) copy.setItem(key, value)
  return copy
}

/** The journal as the page keeps it in storage, or null when there is none. */
export async function storedJournal(page: Page): Promise<Journal | null> {
  const storage = await storageOf(page)
  return hasStoredJournal(storage) ? loadStored(storage).journal : null
}

/** The keys of the journal's in the page's storage (its records, plan, drafts, damaged copy). */
export async function journalKeys(page: Page): Promise<string[]> {
  return [...(await storageOf(page)).items.keys()].filter((key) => key.startsWith(JOURNAL_PREFIX))
}
