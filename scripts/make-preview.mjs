// Renders the link preview picture (public/preview-card.png, 1200x630, the size Open Graph and
// Twitter's large card want) in the app's colours and system font, with Debian's Chromium.
// Run after changing it: `node scripts/make-preview.mjs`, then commit the PNG. It says only what is
// true of every link: a link's hash never reaches a server, so the card is the same for all.
import { readFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

export const PREVIEW = { file: 'preview-card.png', width: 1200, height: 630 }

const svg = await readFile(new URL('../public/icon.svg', import.meta.url), 'utf8')
const icon = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`

// The app's tokens (src/styles.css): --bg, --text, --muted, --accent, --accent-soft.
const html = `<!doctype html>
<body style="margin:0;width:${PREVIEW.width}px;height:${PREVIEW.height}px;background:#f7f6f2;color:#1d2420;
  font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;display:flex;align-items:center">
  <div style="position:absolute;inset:0 0 auto;height:16px;background:#1f6f5c"></div>
  <div style="display:flex;gap:64px;align-items:center;padding:0 88px">
    <img src="${icon}" width="260" height="260" alt="">
    <div>
      <p style="margin:0 0 20px;font-size:34px;font-weight:600;color:#1f6f5c">Massage Match</p>
      <h1 style="margin:0 0 28px;font-size:54px;line-height:1.14">A friend shared a massage suggestion for lower back pain</h1>
      <p style="margin:0;font-size:32px;line-height:1.35;color:#4a5650">See the pick and why. Take the short quiz for your own: your answers stay on your phone.</p>
    </div>
  </div>
</body>`

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: PREVIEW.width, height: PREVIEW.height } })
  await page.setContent(html)
  await page.screenshot({ path: new URL(`../public/${PREVIEW.file}`, import.meta.url).pathname })
  console.log(`public/${PREVIEW.file} (${PREVIEW.width}x${PREVIEW.height})`)
} finally {
  await browser.close()
}
