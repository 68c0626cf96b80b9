// How much room does the journal take in localStorage, and how long does saving a check-in take,
// at 1,000 and 10,000 check-ins (and 3 years of daily check-ins with full notes)? Prints figures;
// there are no targets here to pass or fail (speed targets belong in benchmarks, never in tests).
//
//   npm run bench:storage [-- --runs 30] [--cpu 4] [--build]
//
// - size: bytes as the strictest browser counts them (storedBytes: WebKit counts two bytes a
//   character for text beyond Latin-1), kept a key per record (now) and as the one record of
//   before, against the 5 MiB the browsers allow (docs/decisions/0020-journal-records.md);
// - in Debian's Chromium under a CPU slowdown (default 4x, as bench:journal), with the journal in
//   the page's localStorage, the journal's own storage code (journal-storage.ts, bundled for the
//   page): a save of one check-in (putRecord, median of --runs), beside the one record's
//   read-modify-write of before; reading the whole journal back (loadStored, median of 5); and
//   the whole save in the app: a tap on Save until the journal is drawn (median of 3).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { build, type Rollup } from 'vite'
import { serializeJournal, type CheckIn, type Journal } from '../src/features/journal/journal-data'
import { STORAGE_LIMIT_BYTES, recordKey, storedBytes } from '../src/features/journal/journal-storage'
import { JOURNAL_KEY, JOURNAL_META_KEY } from '../src/state/journal-key'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { serveDist } from './serve-dist.mjs'

const ROOT = join(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    cpu: { type: 'string', default: '4' },
    build: { type: 'boolean', default: false },
  },
})
const RUNS = Number(values.runs)
const CPU = Number(values.cpu)

if (values.build || !existsSync(join(ROOT, 'dist', 'index.html'))) {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

const FULL_NOTE = 'Walked for half an hour, then stretched; the lower back was stiff in the morning. '
  .repeat(7)
  .slice(0, 500)

/** n check-ins, one a day from 1 Jan 2000: a starting point, then sessions and other days. */
function journalOf(n: number, note: (i: number) => string): Journal {
  const entries: CheckIn[] = Array.from({ length: n }, (_, i) => {
    const session = i % 7 === 0
    const pain = 3 + ((i * 7) % 6)
    return {
      id: `${(1_700_000_000_000 + i * 86_400_000).toString(36)}-${(i * 7919).toString(36).padStart(6, '0')}`,
      date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
      created: 1_700_000_000_000 + i * 86_400_000,
      kind: i === 0 ? 'before' : session ? 'session' : 'other',
      pain,
      enjoyment: Math.min(10, pain + 1),
      activity: Math.max(0, pain - 1),
      type: session ? 'swedish' : null,
      pressure: session ? 'medium' : null,
      feeling: session ? 'good' : null,
      note: note(i),
      signs: [],
    }
  })
  const plan = {
    type: 'swedish',
    next: ['myofascial-release'],
    start: '2000-01-01',
    time: '18:00',
    weeks: 6,
  } as const
  return { plan: { ...plan, next: [...plan.next] }, entries, noted: [] }
}

const short = (i: number) => (i % 5 === 0 ? `Note ${i}: a walk, then some stretching.` : '')
const CASES = [
  { name: '3 years daily, full notes', journal: journalOf(1095, () => FULL_NOTE) },
  { name: '1,000, short notes', journal: journalOf(1000, short) },
  { name: '1,000, full notes', journal: journalOf(1000, () => FULL_NOTE) },
  { name: '10,000, short notes', journal: journalOf(10_000, short) },
  { name: '10,000, full notes', journal: journalOf(10_000, () => FULL_NOTE) },
]

/** Bytes of the journal kept a key per record (the meta record with the plan, then each check-in). */
function perRecordBytes(journal: Journal): number {
  const meta = storedBytes(JOURNAL_META_KEY) + storedBytes(JSON.stringify({ version: 2, plan: journal.plan }))
  return journal.entries.reduce(
    (sum, e) => sum + storedBytes(recordKey('check-in', e.id)) + storedBytes(JSON.stringify(e)),
    meta,
  )
}
const singleBytes = (journal: Journal) => storedBytes(JOURNAL_KEY) + storedBytes(serializeJournal(journal))

/** The journal's storage code as one script for the page, exposing `JournalStorage`. */
async function storageScript(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: {
        entry: join(ROOT, 'src/features/journal/journal-storage.ts'),
        formats: ['iife'],
        name: 'JournalStorage',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const output = Array.isArray(out) ? out[0]! : out
  return `${output.output[0].code}\nwindow.JournalStorage = JournalStorage`
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

type Storage = {
  replaceStored: (s: globalThis.Storage, j: Journal) => string
  putRecord: (s: globalThis.Storage, kind: 'check-in', r: CheckIn, known: boolean) => string
  loadStored: (s: globalThis.Storage) => { journal: Journal }
}

/** In the page: the journal stored a key per record, then timed saves and reads. */
async function inPage(page: Page, journal: Journal, runs: number) {
  return page.evaluate(
    ([journal, runs]) => {
      const store = (window as unknown as { JournalStorage: Storage }).JournalStorage
      localStorage.clear()
      const t0 = performance.now()
      const stored = store.replaceStored(localStorage, journal)
      const importMs = performance.now() - t0
      if (stored !== 'saved') return { fits: false as const }
      const template = journal.entries[journal.entries.length - 1]!
      const save: number[] = []
      for (let i = 0; i < runs; i++) {
        const record = { ...template, id: `bench-save-${i}`, created: template.created + i + 1 }
        const start = performance.now()
        const result = store.putRecord(localStorage, 'check-in', record, false)
        save.push(performance.now() - start)
        if (result !== 'saved') return { fits: false as const }
      }
      const open: number[] = []
      for (let i = 0; i < 5; i++) {
        const start = performance.now()
        store.loadStored(localStorage)
        open.push(performance.now() - start)
      }
      // The one record of before: read, parse, add, write it all back.
      localStorage.clear()
      let single: number[] | null = []
      try {
        localStorage.setItem('massage-match-journal', JSON.stringify({ version: 1, ...journal }))
        for (let i = 0; i < Math.min(runs, 10); i++) {
          const start = performance.now()
          const record = JSON.parse(localStorage.getItem('massage-match-journal')!) as Journal
          record.entries.push({ ...template, id: `bench-single-${i}` })
          localStorage.setItem('massage-match-journal', JSON.stringify(record))
          single.push(performance.now() - start)
        }
      } catch {
        single = null
      }
      localStorage.clear()
      return { fits: true as const, importMs, save, open, single }
    },
    [journal, runs] as const,
  )
}

/** In the app: the journal stored, a check-in filled in, then the tap on Save until the journal is drawn. */
async function inApp(page: Page, url: string, journal: Journal): Promise<number | null> {
  await page.goto(`${url}robots.txt`)
  const stored = await page.evaluate((journal) => {
    localStorage.clear()
    return (window as unknown as { JournalStorage: Storage }).JournalStorage.replaceStored(
      localStorage,
      journal,
    )
  }, journal)
  if (stored !== 'saved') return null
  await page.goto(`${url}#/journal/check-in`)
  await page.getByRole('button', { name: 'None of these' }).click()
  for (const name of [/pain been/, /enjoying life/, /daily activities/]) {
    await page.getByRole('group', { name }).getByRole('radio', { name: '4', exact: true }).click()
  }
  await page.evaluate(() => {
    const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save')!
    ;(window as unknown as { savedAt: number }).savedAt = performance.now()
    save.click()
  })
  const drawn = await page.waitForFunction(
    () =>
      document.querySelector('h1')?.textContent === 'Your journal' &&
      document.querySelector('.journal-table tbody tr') !== null &&
      performance.now() - (window as unknown as { savedAt: number }).savedAt,
    null,
    { polling: 'raf', timeout: 120_000 },
  )
  return (await drawn.jsonValue()) as number
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`
const pct = (bytes: number) => `${((bytes / STORAGE_LIMIT_BYTES) * 100).toFixed(0)}%`
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`

const script = await storageScript()
const server = await serveDist({ root: join(ROOT, 'dist') })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  console.log(
    `Journal storage, ${RUNS} saves a case, Chromium ${browser.version()} at ${CPU}x CPU slowdown; ` +
      `the limit: ${kb(STORAGE_LIMIT_BYTES)} (5 MiB)`,
  )
  for (const { name, journal } of CASES) {
    const n = journal.entries.length
    const record = perRecordBytes(journal)
    const single = singleBytes(journal)
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 390, height: 844 },
    })
    const page = await context.newPage()
    await page.addInitScript(script)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU })
    await page.goto(`${server.url}robots.txt`)
    const timed = await inPage(page, journal, RUNS)
    const app = timed.fits
      ? [
          await inApp(page, server.url, journal),
          await inApp(page, server.url, journal),
          await inApp(page, server.url, journal),
        ]
      : []
    await context.close()
    console.log(`\n${name} (${n.toLocaleString('en-GB')} check-ins)`)
    console.log(
      `  size: ${kb(record)} a key per record (${pct(record)} of the limit, ${(record / n).toFixed(0)} B a check-in); ` +
        `${kb(single)} as one record (${pct(single)})`,
    )
    if (!timed.fits) {
      console.log('  does not fit in localStorage: the import says so and the journal stays as it was')
      continue
    }
    const mean = timed.save.reduce((a, b) => a + b, 0) / timed.save.length
    // The page's clock ticks in 0.1 ms steps: the mean of the runs tells a fast save better than its median.
    console.log(
      `  save one check-in: ${ms(mean)} (mean; median ${ms(median(timed.save))}, slowest ${ms(Math.max(...timed.save))}); ` +
        `one record of before: ${timed.single ? ms(median(timed.single)) : 'does not fit'}`,
    )
    console.log(
      `  read it all back (opening the journal): ${ms(median(timed.open))}; import it whole: ${ms(timed.importMs)}`,
    )
    const drawn = app.filter((x): x is number => x !== null)
    if (drawn.length > 0)
      console.log(
        `  Save in the app until the journal is drawn: ${ms(median(drawn))} (median of ${drawn.length})`,
      )
  }
} finally {
  await browser.close()
  await server.close()
}
