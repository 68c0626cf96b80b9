// Nothing the person saved is lost, and nothing is said to be saved that was not (issue 18): two
// tabs, a full phone, a big or damaged backup, and a new version deployed mid-check-in.
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { serializeJournal, type CheckIn } from '../src/features/journal/journal-data'
import {
  BROUGHT_BACK_NOTICE,
  CHECK_IN_NOT_SAVED,
  IMPORT_NOT_SAVED,
  NOTHING_TO_IMPORT,
} from '../src/features/journal/journal-words'
import { serveDist } from '../scripts/serve-dist.mjs'
import { test, expect } from './fixtures'
import { button, h1, press } from './flow'
import {
  JOURNAL_TITLE,
  THREE,
  addCheckIn,
  entry,
  fillCheckIn,
  fillStorage,
  freeStorage,
  importFile,
  noteBox,
  openWith,
  painColumn,
} from './journal-flow'
import { storedJournal } from './journal-storage'
import { NEXT_VERSION_HEADING } from './next-version.mjs'

/** Two tabs of one browser on the journal, which holds THREE. */
async function twoTabs(page: Page) {
  await openWith(page, THREE)
  const other = await page.context().newPage()
  await other.goto('./#/journal')
  await expect(h1(other)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(other)).toEqual(['4', '6', '7'])
  return other
}

const notes = async (page: Page) => ((await storedJournal(page))?.entries ?? []).map((e) => e.note).sort()

test('check-ins added in two tabs in turn are all kept, and each tab shows the other’s', async ({ page }) => {
  const other = await twoTabs(page)
  await addCheckIn(page, 5, 'first tab')
  // The other tab shows it without a reload.
  await expect.poll(() => painColumn(other)).toEqual(['5', '4', '6', '7'])
  await addCheckIn(other, 3, 'second tab')
  await expect.poll(() => painColumn(page)).toEqual(['3', '5', '4', '6', '7'])
  await addCheckIn(page, 2, 'first tab again')
  for (const tab of [page, other]) {
    await tab.reload()
    await expect(h1(tab)).toHaveText(JOURNAL_TITLE)
    expect(await painColumn(tab)).toEqual(['2', '3', '5', '4', '6', '7'])
  }
  expect(await notes(page)).toEqual(['', '', '', 'first tab', 'first tab again', 'second tab'])
})

test('check-ins saved in two tabs at the same moment both land', async ({ page }) => {
  const other = await twoTabs(page)
  await fillCheckIn(page, 5, 'saved in the first tab')
  await fillCheckIn(other, 3, 'saved in the second tab')
  await Promise.all([button(page, 'Save').click(), button(other, 'Save').click()])
  for (const tab of [page, other]) {
    await expect(h1(tab)).toHaveText(JOURNAL_TITLE)
    await expect.poll(() => painColumn(tab)).toHaveLength(5)
    await tab.reload()
    await expect(h1(tab)).toHaveText(JOURNAL_TITLE)
    expect((await painColumn(tab)).sort()).toEqual(['3', '4', '5', '6', '7'])
  }
  expect(await notes(other)).toEqual(['', '', '', 'saved in the first tab', 'saved in the second tab'])
})

test('a check-in deleted in one tab while changed in another: the later action wins, and what was typed stays', async ({
  page,
}) => {
  const other = await twoTabs(page)
  const change = (tab: Page, day: string) =>
    press(tab.getByRole('link', { name: `Change the check-in of ${day}` }))

  // Changed here, deleted there, then saved here: it comes back, with what was typed, and a notice.
  await change(other, 'Mon, 8 June 2026')
  await expect(h1(other)).toHaveText('Change a check-in')
  await noteBox(other).fill('typed in the second tab')
  await change(page, 'Mon, 8 June 2026')
  await press(button(page, 'Delete this check-in'))
  await press(button(page, 'Yes, delete it'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(page)).toEqual(['4', '7'])
  // The other tab has heard of the delete; its form and what was typed stay.
  await expect
    .poll(() => other.evaluate(() => localStorage.getItem('massage-match-journal/check-in/e2')))
    .toBeNull()
  await other.evaluate(() => new Promise((done) => setTimeout(done, 100)))
  await expect(h1(other)).toHaveText('Change a check-in')
  await expect(noteBox(other)).toHaveValue('typed in the second tab')
  await press(button(other, 'Save'))
  await expect(h1(other)).toHaveText(JOURNAL_TITLE)
  await expect(other.getByRole('status').filter({ hasText: BROUGHT_BACK_NOTICE })).toBeVisible()
  await expect.poll(() => painColumn(page)).toEqual(['4', '6', '7'])

  // Changed and saved here, then deleted there, where the journal was open all along: deleted.
  await change(page, 'Mon, 15 June 2026')
  await noteBox(page).fill('changed, then deleted elsewhere')
  await press(button(page, 'Save'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  await change(other, 'Mon, 15 June 2026')
  await expect(noteBox(other)).toHaveValue('changed, then deleted elsewhere')
  await press(button(other, 'Delete this check-in'))
  await press(button(other, 'Yes, delete it'))
  await expect.poll(() => painColumn(page)).toEqual(['6', '7'])
  expect(await notes(page)).toEqual(['', 'typed in the second tab'])
})

test('with storage full, a check-in says it was not saved and keeps what was entered; with room, it saves', async ({
  page,
}) => {
  await openWith(page, THREE)
  await fillCheckIn(page, 5, 'written on a full phone')
  expect(await fillStorage(page)).toBeGreaterThan(0)
  await press(button(page, 'Save'))
  await expect(page.getByRole('alert')).toHaveText(CHECK_IN_NOT_SAVED)
  await expect(h1(page)).toHaveText('Check-in')
  await expect(noteBox(page)).toHaveValue('written on a full phone')
  await freeStorage(page)
  await press(button(page, 'Save'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  await page.reload()
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(page)).toEqual(['5', '4', '6', '7'])
})

test('with storage full, an import says it was not imported and the journal stays whole', async ({
  page,
}) => {
  await openWith(page, THREE)
  const backup = {
    ...THREE,
    entries: [entry('2026-07-01', 'before', 2, 7), entry('2026-07-08', 'session', 1, 8)],
  }
  await fillStorage(page)
  await importFile(page, serializeJournal(backup))
  await press(button(page, 'Replace it'))
  await expect(page.getByRole('status').filter({ hasText: IMPORT_NOT_SAVED })).toBeVisible()
  expect(await painColumn(page)).toEqual(['4', '6', '7'])
  await page.reload()
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(page)).toEqual(['4', '6', '7'])
})

test('a 24 MB backup of 36,000 check-ins that does not fit is not reported as imported, and the journal stays', async ({
  page,
}) => {
  await openWith(page, THREE)
  const note = 'Slept better, less stiff in the morning. '.repeat(13).slice(0, 500)
  const entries: CheckIn[] = Array.from({ length: 36_000 }, (_, i) => ({
    ...entry('2024-01-01', 'other', i % 11, 100 + i),
    note,
  }))
  const file = Buffer.from(serializeJournal({ plan: null, entries, noted: [] }))
  expect(file.length).toBeGreaterThan(23_900_000)
  await importFile(page, file)
  const ask = page.getByRole('group', { name: 'Replace your journal?' })
  await expect(ask).toContainText('(3 check-ins) with the one in the file (36000)')
  await press(ask.getByRole('button', { name: 'Replace it' }))
  await expect(page.getByRole('status').filter({ hasText: IMPORT_NOT_SAVED })).toBeVisible()
  await expect(page.getByText(/Backup imported/)).toHaveCount(0)
  expect(await painColumn(page)).toEqual(['4', '6', '7'])
  await page.reload()
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(page)).toEqual(['4', '6', '7'])
})

test('"Replace it" says what of the file is left out before replacing; a file with nothing readable is refused', async ({
  page,
}) => {
  await openWith(page, THREE)
  const broken = Array.from({ length: 9 }, (_, i) => ({ id: `bad${i}`, pain: 'a lot' }))
  const partly = { version: 1, plan: null, entries: [entry('2026-07-01', 'before', 2, 7), ...broken] }
  await importFile(page, JSON.stringify(partly))
  const ask = page.getByRole('group', { name: 'Replace your journal?' })
  await expect(ask).toContainText("9 parts of the file couldn't be read and will be left out.")
  await press(ask.getByRole('button', { name: 'Cancel' }))
  expect(await painColumn(page)).toEqual(['4', '6', '7'])

  // Dated in the year 9999: left out, and said before anything is replaced.
  const dated = {
    ...THREE,
    entries: [entry('2026-07-01', 'before', 2, 7), entry('9999-12-31', 'other', 1, 8)],
  }
  await importFile(page, serializeJournal(dated))
  await expect(ask).toContainText('1 check-in dated before 2000 or in the future will be left out.')
  await press(ask.getByRole('button', { name: 'Cancel' }))

  await importFile(page, JSON.stringify({ version: 1, plan: null, entries: broken }))
  await expect(page.getByRole('status').filter({ hasText: NOTHING_TO_IMPORT })).toBeVisible()
  await expect(ask).toHaveCount(0)
  await page.reload()
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  expect(await painColumn(page)).toEqual(['4', '6', '7'])
})

/**
 * The update test serves its own copy of the build, on its own port, so it can deploy a new
 * version into the folder while the page is open (the other tests keep the shared server's).
 */
const deployed = test.extend<{ site: { url: string; deploy: () => Promise<void> } }, { nextBuild: string }>({
  nextBuild: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      // E2E_NEXT_DIST: a next version built elsewhere (e.g. from an older commit, to see the test fail there).
      const given = process.env.E2E_NEXT_DIST
      if (given) return use(given)
      const dir = await mkdtemp(join(tmpdir(), 'massage-match-next-'))
      await promisify(execFile)(process.execPath, ['e2e/next-version.mjs', dir])
      await use(dir)
      await rm(dir, { recursive: true, force: true })
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  site: async ({ nextBuild }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'massage-match-served-'))
    await cp(process.env.E2E_DIST ?? 'dist', dir, { recursive: true })
    const server = await serveDist({ root: dir, base: '/massage-match/' })
    await use({
      url: server.url,
      // As a static host deploys: the old files go, the new ones come.
      deploy: async () => {
        for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true })
        await cp(nextBuild, dir, { recursive: true })
      },
    })
    await server.close()
    await rm(dir, { recursive: true, force: true })
  },
  baseURL: async ({ site }, use) => use(site.url),
})

/** The page goes to the background and comes back, as when the person switches apps. */
async function switchAwayAndBack(page: Page) {
  for (const state of ['hidden', 'visible']) {
    await page.evaluate((visibility) => {
      Object.defineProperty(document, 'visibilityState', { value: visibility, configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    }, state)
  }
}

deployed(
  'a new version deployed mid-check-in never reloads the form; it is offered once the check-in is saved',
  async ({ page, site }) => {
    await openWith(page, THREE)
    // The version of this visit runs under its service worker.
    await page.evaluate(() => navigator.serviceWorker.ready)
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    await expect(page.getByRole('heading', { name: 'Keep your journal safe', exact: true })).toBeVisible()

    await fillCheckIn(page, 5, 'half a check-in, then an update')
    await page.evaluate(() => {
      const seen = window as { newWorker?: boolean }
      navigator.serviceWorker.addEventListener('controllerchange', () => (seen.newWorker = true))
    })
    await site.deploy()
    // Away and back: the page looks for the new version; the browser's own check finds it too.
    await switchAwayAndBack(page)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          return registration?.waiting !== null || (window as { newWorker?: boolean }).newWorker === true
        }),
      )
      .toBe(true)
    // A moment for a version that takes over by itself (as the version before did) to do so: this
    // one waits whatever the moment, so the test passes or fails alike however long it is.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 1000)))
    await switchAwayAndBack(page)
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)))

    // Still the form, with what was entered, and nothing offered over it.
    await expect(h1(page)).toHaveText('Check-in')
    await expect(noteBox(page)).toHaveValue('half a check-in, then an update')
    await expect(page.getByText('A new version is ready.')).toHaveCount(0)

    await press(button(page, 'Save'))
    await expect(h1(page)).toHaveText(JOURNAL_TITLE)
    const line = page.getByRole('status').filter({ hasText: 'A new version is ready.' })
    await expect(line).toBeVisible()
    await press(line.getByRole('button', { name: 'Reload' }))
    await expect(page.getByRole('heading', { name: NEXT_VERSION_HEADING })).toBeVisible()
    await expect(page.getByText('A new version is ready.')).toHaveCount(0)
    expect(await painColumn(page)).toEqual(['5', '4', '6', '7'])
  },
)
