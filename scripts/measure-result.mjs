// Heights of the own result at phone sizes: where the decision part ends (the outcome, the pick, its
// strongest reasons and the booking line), where Share is, and the whole page, in CSS px and screens.
// Reads a built app (default dist/, from `npm run build`); serves it on 127.0.0.1 in Debian's Chromium.
// Usage: npm run build && node scripts/measure-result.mjs [--dist=DIR] [--shots=DIR]
// --shots saves what each first screen shows (PNG) into DIR.
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { ACUTE_LIGHT, CHRONIC_FIRM, saved } from './saved-answers.mjs'
import { serveDist } from './serve-dist.mjs'

const option = (name) =>
  process.argv
    .slice(2)
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')[1]
const shotsDir = option('shots')
const root = option('dist') ?? fileURLToPath(new URL('../dist/', import.meta.url))

const PEOPLE = [
  { name: 'clear', answers: CHRONIC_FIRM, screening: [] },
  { name: 'caution (fragile bones)', answers: CHRONIC_FIRM, screening: ['osteoporosis'] },
  { name: 'doctor first (weight loss)', answers: ACUTE_LIGHT, screening: ['weight-loss'] },
  { name: 'severe pain (9/10)', answers: { ...CHRONIC_FIRM, severity: 9 }, screening: [] },
]
const SIZES = [
  { name: '390x844', width: 390, height: 844, text: 100 },
  { name: '320x640', width: 320, height: 640, text: 100 },
  { name: '320x640, 200% text', width: 320, height: 640, text: 200 },
]

const server = await serveDist({ root })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const rows = []
try {
  for (const person of PEOPLE) {
    for (const size of SIZES) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        isMobile: true,
        hasTouch: true,
        serviceWorkers: 'block',
      })
      await context.addInitScript(
        ([entries, text]) => {
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
          document.addEventListener('DOMContentLoaded', () => {
            document.documentElement.style.fontSize = `${text}%`
          })
        },
        [saved(person.answers, person.screening), size.text],
      )
      const page = await context.newPage()
      // The quiz ends on the result: "Continue" on the start page resumes there.
      await page.goto(server.url)
      await page.getByRole('button', { name: 'Continue' }).click()
      await page.waitForURL(/#\/result$/)
      await page.getByRole('button', { name: 'Share' }).waitFor()
      const figures = await page.evaluate(() => {
        const bottom = (el) => (el ? el.getBoundingClientRect().bottom + window.scrollY : NaN)
        const top = (el) => (el ? el.getBoundingClientRect().top + window.scrollY : NaN)
        // Share and the card are on the page twice, in the bar and in a row under the booking line: one shows.
        const shown = (el) => el.getClientRects().length > 0
        const share = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Share' && shown(b),
        )
        const bar = [...document.querySelectorAll('.result-bar')].find(shown)
        return {
          decisionEnd: bottom(document.querySelector('.booking')),
          shareTop: top(share),
          shareInView: share ? share.getBoundingClientRect().bottom <= window.innerHeight : false,
          barHeight: bar ? bar.getBoundingClientRect().height : 0,
          page: document.documentElement.scrollHeight,
        }
      })
      if (shotsDir) {
        const file = `${person.name.split(' ')[0]}-${size.name.replace(/\W+/g, '-')}.png`
        await page.screenshot({ path: `${shotsDir}/${file}` })
      }
      rows.push({ person: person.name, size: size.name, height: size.height, ...figures })
      await context.close()
    }
  }
} finally {
  await browser.close()
  await server.close()
}

const screens = (px, height) =>
  Number.isFinite(px) ? `${Math.round(px)} px (${(px / height).toFixed(2)} screens)` : '-'
for (const r of rows) {
  console.log(
    `${r.person.padEnd(28)} ${r.size.padEnd(20)} decision ends ${screens(r.decisionEnd, r.height)}; ` +
      `share ${r.shareInView ? 'in view' : `at ${screens(r.shareTop, r.height)}`}; ` +
      `bar ${Math.round(r.barHeight)} px; page ${screens(r.page, r.height)}`,
  )
}
