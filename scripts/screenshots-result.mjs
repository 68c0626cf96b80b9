// Screenshots of the result screens at phone size (390x844), saved under docs/screenshots/.
// Builds the app into a temporary folder (the dev server's injected styles break the page's CSP),
// serves it on 127.0.0.1 with serveDist, and drives Debian's Chromium (CHROMIUM_PATH overrides).
// Usage: node scripts/screenshots-result.mjs [--dark]
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { serveDist } from './serve-dist.mjs'

const dark = process.argv.includes('--dark')
const outDir = new URL('../docs/screenshots/', import.meta.url)

// Built with toShareHash in src/share/link.ts; hard-coded here so the script needs no TS loader.
// 4/10, over 12 weeks, no travel, firm, achy knots, stiff, not stress: "#/r/14cnfa104".
const answers = {
  severity: 4,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'firm',
  knots: 'achy',
  stiffness: true,
  stress: false,
}
const code = '14cnfa104'

/** What the store saves under 'massage-match' (zustand persist, version 1). */
function saved(screening) {
  return JSON.stringify({ state: { answers, screening }, version: 1 })
}

export const SHOTS = [
  { name: 'result', path: `#/r/${code}`, setup: { 'massage-match': saved(['osteoporosis']) } },
  { name: 'shared-result', path: `#/r/${code}`, setup: {} },
  { name: 'link-problem', path: '#/r/1zzzzzzzz', setup: {} },
  { name: 'card', path: '#/card', setup: { 'massage-match': saved(['osteoporosis']) } },
]

const root = await mkdtemp(join(tmpdir(), 'massage-match-shots-'))
await build({ logLevel: 'error', build: { outDir: root, emptyOutDir: true } })
const server = await serveDist({ root })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  await mkdir(outDir, { recursive: true })
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      colorScheme: dark ? 'dark' : 'light',
      serviceWorkers: 'block',
    })
    await context.addInitScript((entries) => {
      if (sessionStorage.getItem('seeded')) return
      sessionStorage.setItem('seeded', '1')
      localStorage.clear()
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
    }, shot.setup)
    const page = await context.newPage()
    await page.goto(`${server.url}${shot.path}`)
    await page.locator('h1').first().waitFor()
    await page.waitForTimeout(300)
    const file = new URL(`${shot.name}${dark ? '-dark' : ''}.png`, outDir)
    await page.screenshot({ path: file.pathname, fullPage: true })
    console.log(`saved ${file.pathname}`)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
  await rm(root, { recursive: true, force: true })
}
