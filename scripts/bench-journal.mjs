// The journal with 500 check-ins, under 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate), in
// Debian's Chromium at phone size, side by side with the static reference page
// (../shared/bench/static-limit/), alternating, several runs, medians, reported as ratios to it.
//
//   npm run bench:journal [-- --runs 5] [--build] [--static DIR]
//
// Figures:
// - cold open: a fresh tab opens `#/journal` (the entry, the app and the journal's chunk over the
//   network from localhost, no cache, no service worker) until the chart of all 500 and the
//   table's first 20 rows are there;
//   the static page's figure is the same tab until its first screen's heading is there;
// - in-app open: the app is already on the start page; the address changes to `#/journal` (what
//   "Open your journal" does) until the chart and the first rows are drawn;
// - the journal chunk's gzip bytes, and first use (`npm run size`) for comparison.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { journalItems } from './bench-journal-items.mjs'
import { median, serveStatic } from './bench-web-lib.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { serveDist } from './serve-dist.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DIST = join(ROOT, 'dist')
const ENTRIES = 500
const CPU_SLOWDOWN = 4
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    build: { type: 'boolean', default: false },
    static: { type: 'string', default: join(ROOT, '..', 'shared', 'bench', 'static-limit') },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs wants a whole number >= 1, not ${values.runs}`)

if (values.build || !existsSync(join(DIST, 'index.html'))) {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

/** Puts the journal's keys in the page's localStorage. */
function store(page, items) {
  return page.evaluate((pairs) => {
    for (const [key, value] of pairs) localStorage.setItem(key, value)
  }, items)
}

/** The journal chunk and what it needs beyond the app (from the build's manifest), gzip bytes. */
function chunkSizes() {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'))
  const entry = manifest['src/routes/journal-route.tsx']
  if (!entry) throw new Error('No journal chunk in dist/.vite/manifest.json: build first')
  const gz = (file) => gzipSync(readFileSync(join(DIST, file))).length
  const own = { js: gz(entry.file), css: (entry.css ?? []).reduce((sum, f) => sum + gz(f), 0) }
  const shared = (entry.imports ?? [])
    .map((key) => manifest[key])
    .filter((chunk) => chunk && !chunk.isEntry && !['index', 'app', 'rolldown-runtime'].includes(chunk.name))
  const sharedBytes = shared.reduce(
    (sum, chunk) => sum + gz(chunk.file) + (chunk.css ?? []).reduce((s, f) => s + gz(f), 0),
    0,
  )
  return { own, shared: shared.map((c) => c.file), sharedBytes, file: entry.file }
}

const ROWS = '.journal-table tbody tr'
/** The journal shows its newest 20 check-ins (FIRST_ROWS), the chart all of them. */
const SHOWN = 20

async function withPage(browser, fn) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  try {
    return await fn(page, cdp)
  } finally {
    await context.close()
  }
}

/** A fresh tab opens #/journal: ms from navigation start until the chart and the rows are there. */
async function coldOpen(browser, appUrl, text) {
  return withPage(browser, async (page, cdp) => {
    // Storage is per origin: put the journal there from a first page, then open a new tab cold.
    await page.goto(appUrl)
    await store(page, text)
    const tab = await page.context().newPage()
    const tabCdp = await page.context().newCDPSession(tab)
    await tabCdp.send('Network.enable')
    await tabCdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await tabCdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    void cdp
    await tab.goto(`${appUrl}#/journal`, { waitUntil: 'commit' })
    const done = await tab.waitForFunction(
      ([selector, n]) =>
        document.querySelectorAll(selector).length === n &&
        document.querySelector('.journal-chart svg') !== null &&
        performance.now(),
      [ROWS, SHOWN],
      { polling: 'raf', timeout: 60_000 },
    )
    return done.jsonValue()
  })
}

/** The app on the start page, then the address changes to #/journal: ms until it is drawn. */
async function inAppOpen(browser, appUrl, text) {
  return withPage(browser, async (page, cdp) => {
    await page.goto(appUrl)
    await store(page, text)
    await page.reload()
    await page.waitForFunction(() => document.documentElement.getAttribute('data-boot') === 'ready', null, {
      timeout: 60_000,
    })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    return page.evaluate(
      ([selector, n]) =>
        new Promise((done) => {
          const start = performance.now()
          location.hash = '#/journal'
          const check = () => {
            if (
              document.querySelectorAll(selector).length === n &&
              document.querySelector('.journal-chart svg')
            ) {
              // The frame after the rows are in: they have been laid out and painted.
              requestAnimationFrame(() => done(performance.now() - start))
            } else requestAnimationFrame(check)
          }
          check()
        }),
      [ROWS, SHOWN],
    )
  })
}

/** The static page: ms from navigation start until its first screen's heading is there. */
async function staticOpen(browser, url) {
  return withPage(browser, async (page, cdp) => {
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.goto(url, { waitUntil: 'commit' })
    const done = await page.waitForFunction(
      () => document.querySelector('h1') !== null && performance.now(),
      null,
      {
        polling: 'raf',
        timeout: 60_000,
      },
    )
    return done.jsonValue()
  })
}

const app = await serveDist({ root: DIST, base: '/massage-match/' })
const reference = await serveStatic(values.static)
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const text = journalItems(ENTRIES)
const times = { cold: [], inApp: [], static: [] }
try {
  for (let run = 1; run <= runs; run++) {
    // Alternating, so a busy moment on the shared machine falls on both sides.
    times.static.push(await staticOpen(browser, reference.url))
    times.cold.push(await coldOpen(browser, app.url, text))
    times.inApp.push(await inAppOpen(browser, app.url, text))
    console.log(
      `run ${run}/${runs}: static ${times.static.at(-1).toFixed(0)} ms, journal cold ${times.cold.at(-1).toFixed(0)} ms, in app ${times.inApp.at(-1).toFixed(0)} ms`,
    )
  }
} finally {
  await browser.close()
  await app.close()
  await reference.close()
}

const ms = (list) =>
  `${median(list).toFixed(0)} ms (${Math.min(...list).toFixed(0)}-${Math.max(...list).toFixed(0)})`
const staticMedian = median(times.static)
const sizes = chunkSizes()
console.log(
  `\nJournal with ${ENTRIES} check-ins, ${CPU_SLOWDOWN}x CPU slowdown, 390x844, Chromium, ${runs} runs, medians (range):`,
)
console.log(`  static page, first screen:       ${ms(times.static)}`)
console.log(
  `  journal, cold open (#/journal):   ${ms(times.cold)}  = ${(median(times.cold) / staticMedian).toFixed(2)}x the static page`,
)
console.log(
  `  journal, opened in the app:       ${ms(times.inApp)}  = ${(median(times.inApp) / staticMedian).toFixed(2)}x the static page`,
)
console.log(
  `  journal chunk ${sizes.file}: ${sizes.own.js} B gzip JS + ${sizes.own.css} B CSS; shared chunks it also loads (${sizes.shared.join(', ') || 'none'}): ${sizes.sharedBytes} B`,
)
