// Screenshots of the quiz screens at phone size (390x844, device scale 2), saved under docs/screenshots/.
// Builds the app into a temporary folder (the page's CSP blocks the dev server's injected styles),
// serves it on 127.0.0.1 with serveDist, and drives Debian's Chromium (CHROMIUM_PATH overrides).
// Usage: node scripts/screenshots.mjs [--dark] [--width=320] [--text=200] [--out=DIR] [name ...]
// --width and --text (root text size in %) check small phones and large text; they add to the file name.
// --out takes an absolute folder, for shots that should not replace docs/screenshots/.
// Add a screen by adding one { name, path, setup } entry: setup is what localStorage holds before the page opens.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { CHRONIC_FIRM, saved } from './saved-answers.mjs'
import { serveDist } from './serve-dist.mjs'

/** With fragile bones ticked, these answers open on "Go ahead with care". */
const RESULT_ANSWERS = CHRONIC_FIRM

/** A journal six weeks in: a starting point, then a session a week, pain easing (the journal's saved format). */
function journal() {
  const pains = [6, 6, 5, 4, 4, 3]
  const entries = pains.map((pain, i) => ({
    id: `shot-${i}`,
    date: new Date(Date.UTC(2026, 9, 20 + 7 * i)).toISOString().slice(0, 10),
    created: i,
    kind: i === 0 ? 'before' : 'session',
    pain,
    enjoyment: Math.min(10, pain + 1),
    activity: pain,
    type: i === 0 ? null : 'myofascial-release',
    pressure: i === 0 ? null : 'light',
    feeling: i === 0 ? null : 'good',
    note: '',
    signs: [],
  }))
  const plan = { type: 'myofascial-release', next: ['swedish'], start: '2026-10-21', time: '18:00', weeks: 6 }
  return { 'massage-match-journal': JSON.stringify({ version: 1, plan, entries }) }
}

export const SHOTS = [
  { name: 'start', path: '#/', setup: {} },
  { name: 'check', path: '#/check', setup: {} },
  { name: 'question-severity', path: '#/q/1', setup: saved({ severity: 6 }, []) },
  { name: 'question-choice', path: '#/q/2', setup: saved({ severity: 6, duration: 'chronic' }, []) },
  { name: 'stop', path: '#/stop', setup: saved({}, ['saddle-numbness', 'leg-weakness']) },
  // The result screens. '#/r/14cnfa104' is toShareHash(RESULT_ANSWERS) (src/share/link.ts).
  // The result's first screen, as a person first sees it (the bar stays at the bottom of the screen).
  {
    name: 'result',
    path: '#/r/14cnfa104',
    setup: saved(RESULT_ANSWERS, ['osteoporosis']),
    firstScreen: true,
  },
  { name: 'shared-result', path: '#/r/14cnfa104', setup: {} },
  { name: 'link-problem', path: '#/r/1zzzzzzzz', setup: {} },
  { name: 'card', path: '#/card', setup: saved(RESULT_ANSWERS, ['osteoporosis']) },
  { name: 'no-massage', path: '#/no-massage', setup: saved({}, ['fever']) },
  { name: 'journal', path: '#/journal', setup: journal() },
]

const args = process.argv.slice(2)
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const dark = args.includes('--dark')
const width = Number(option('width') ?? 390)
const text = Number(option('text') ?? 100)
const only = args.filter((a) => !a.startsWith('--'))
const shots = only.length ? SHOTS.filter((s) => only.includes(s.name)) : SHOTS
const outDir = option('out')
  ? new URL(`file://${option('out')}/`)
  : new URL('../docs/screenshots/', import.meta.url)
const suffix = `${dark ? '-dark' : ''}${width === 390 ? '' : `-${width}`}${text === 100 ? '' : `-text${text}`}`

const root = await mkdtemp(join(tmpdir(), 'massage-match-shots-'))
await build({ logLevel: 'error', build: { outDir: root, emptyOutDir: true } })
const server = await serveDist({ root })
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
try {
  await mkdir(outDir, { recursive: true })
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      colorScheme: dark ? 'dark' : 'light',
      serviceWorkers: 'block',
    })
    // Seed storage once, before the app's first script runs.
    await context.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded')) return
      sessionStorage.setItem('seeded', '1')
      localStorage.clear()
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
    }, shot.setup)
    const page = await context.newPage()
    await page.goto(`${server.url}${shot.path}`)
    await page.locator('h1').first().waitFor()
    if (text !== 100)
      await page.evaluate((size) => (document.documentElement.style.fontSize = `${size}%`), text)
    await page.waitForTimeout(300)
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    if (scroll > 0) console.warn(`${shot.name}: scrolls sideways by ${scroll}px`)
    const file = new URL(`${shot.name}${suffix}.png`, outDir)
    await page.screenshot({ path: file.pathname, fullPage: !shot.firstScreen })
    console.log(`saved ${file.pathname}`)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
  await rm(root, { recursive: true, force: true })
}
