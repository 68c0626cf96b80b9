// Renders public/icon.svg to the PNG icons the manifest lists, with Debian's Chromium.
// Run after changing the SVG: `node scripts/make-icons.mjs`, then commit the PNGs.
import { readFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const svg = await readFile(new URL('../public/icon.svg', import.meta.url), 'utf8')
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`

// Maskable icons keep their content inside the central 80% circle; the full-bleed colour fills the rest.
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
]

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const inner = maskable ? Math.round(size * 0.8) : size
    const background = maskable ? '#1f6f5c' : 'transparent'
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">` +
        `<img src="${svgUrl}" width="${inner}" height="${inner}"></body>`,
    )
    await page.screenshot({
      path: new URL(`../public/${file}`, import.meta.url).pathname,
      omitBackground: !maskable,
    })
    await page.close()
    console.log(`public/${file} (${size}px${maskable ? ', maskable' : ''})`)
  }
} finally {
  await browser.close()
}
