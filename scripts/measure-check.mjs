// Height of each page of the safety check, in screens, at two phone sizes (and at 200% text).
// Usage: `npm run build && node scripts/measure-check.mjs` (serves dist/ on a free port).
import { chromium } from '@playwright/test'
import { serveDist } from './serve-dist.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const server = await serveDist({ root: 'dist', base: '/massage-match/', port: 0 })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
const sizes = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]
try {
  for (const textZoom of [1, 2]) {
    for (const viewport of sizes) {
      // The app's CSP forbids inline styles: the 200% text is a test's own style, so bypass it.
      const page = await browser.newPage({ viewport, isMobile: true, hasTouch: true, bypassCSP: true })
      for (const path of ['#/check', '#/check/2']) {
        await page.goto(`${server.url}${path}`)
        await page.locator('h1').first().waitFor()
        if (textZoom !== 1) await page.addStyleTag({ content: `html { font-size: ${textZoom * 100}% }` })
        const heading = await page.locator('h1').first().textContent()
        if (path === '#/check/2' && heading === 'First, a quick safety check') continue
        const height = await page.evaluate(() => document.documentElement.scrollHeight)
        const screens = (height / viewport.height).toFixed(1)
        console.log(
          `${viewport.width}x${viewport.height} text ${textZoom * 100}% ${path}: ${height} px, ${screens} screens (${heading})`,
        )
      }
      await page.close()
    }
  }
} finally {
  await browser.close()
  await server.close()
}
