// The journal's steps for the browser tests of e2e/nothing-lost.spec.ts.
import type { Page } from '@playwright/test'
import { serializeJournal, type CheckIn, type Journal } from '../src/features/journal/journal-data'
import { JOURNAL_KEY } from '../src/state/journal-key'
import { expect } from './fixtures'
import { button, h1, press } from './flow'

export const JOURNAL_TITLE = 'Your journal'

export function entry(date: string, kind: CheckIn['kind'], pain: number, n: number): CheckIn {
  return {
    id: `e${n}`,
    date,
    created: n,
    kind,
    pain,
    enjoyment: pain,
    activity: pain,
    type: kind === 'session' ? 'swedish' : null,
    pressure: kind === 'session' ? 'medium' : null,
    feeling: null,
    note: '',
    signs: [],
  }
}

/** Three check-ins and a plan, as a phone that has used the journal for two weeks holds them. */
export const THREE: Journal = {
  plan: { type: 'swedish', next: ['myofascial-release'], start: '2026-06-01', time: '18:30', weeks: 6 },
  entries: [
    entry('2026-06-01', 'before', 7, 1),
    entry('2026-06-08', 'session', 6, 2),
    entry('2026-06-15', 'session', 4, 3),
  ],
  noted: [],
}

/** Puts a journal in this browser's storage the way the version before kept it, then opens it. */
export async function openWith(page: Page, journal: Journal) {
  await page.goto('./')
  // Let the app take over the start page first (a start-up race of its own, React #418).
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready')
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [
    JOURNAL_KEY,
    serializeJournal(journal),
  ] as const)
  await page.goto('./#/journal')
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
}

/** The pain of each row of the table, newest first. */
export function painColumn(page: Page) {
  return page
    .getByRole('table', { name: 'Your check-ins, newest first' })
    .locator('tbody tr td:first-of-type')
    .allTextContents()
}

/** Answers the three PEG questions on the check-in by touch. */
export async function answerPeg(page: Page, pain: number, enjoyment: number, activity: number) {
  const groups = [/pain been/, /enjoying life/, /daily activities/]
  const values = [pain, enjoyment, activity]
  for (const [i, name] of groups.entries()) {
    await press(
      page.getByRole('group', { name }).getByRole('radio', { name: String(values[i]), exact: true }),
    )
  }
}

export const noteBox = (page: Page) => page.getByRole('textbox', { name: 'Note (if you like)' })

/** From the journal: a new check-in filled in (no new warning signs, the answers, a note), not saved. */
export async function fillCheckIn(page: Page, pain: number, note: string) {
  await press(page.getByRole('link', { name: 'Add a check-in' }))
  await expect(h1(page)).toHaveText('Any new warning signs?')
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText('Check-in')
  await answerPeg(page, pain, pain, pain)
  await noteBox(page).fill(note)
}

/** A check-in through the screens, saved. */
export async function addCheckIn(page: Page, pain: number, note = '') {
  await fillCheckIn(page, pain, note)
  await press(button(page, 'Save'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
}

/**
 * Fills this page's localStorage until it takes no more, as a phone whose browser gives the app
 * no more room; returns how many keys it took. `free(page)` gives the room back.
 */
export async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0
    for (const size of [1_000_000, 100_000, 10_000, 1000, 100, 10, 1]) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, 'x'.repeat(size))
          n++
        } catch {
          break
        }
      }
    }
    return n
  })
}

export async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key)
  })
}

/** Sets a file on the journal's "Import a backup". */
export async function importFile(page: Page, text: string | Buffer) {
  await page.getByLabel('Import a backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  })
}
