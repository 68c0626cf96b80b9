import type { Page } from '@playwright/test'
import { QUESTIONS } from '../src/engine'
import { test, expect } from './fixtures'
import { openWithSaved } from './tour'

const severity = QUESTIONS.find((q) => q.id === 'severity')!

/** The pain scale, question 1, with `chosen` already chosen (saved progress) or nothing chosen. */
async function openScale(page: Page, chosen?: number) {
  await openWithSaved(page, '/q/1', chosen === undefined ? {} : { severity: chosen }, [])
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(severity.prompt)
}

test('the scale reads each number once, as its radio, and its words once, as the descriptions of 0, 5 and 10', async ({
  page,
}) => {
  await openScale(page)
  // Exactly these children: no number a second time as text, no list of the words beside the radios.
  await expect(page.getByRole('radiogroup')).toMatchAriaSnapshot(`
    - radiogroup "${severity.prompt}":
      - /children: equal
      - heading "${severity.prompt}" [level=1]
      - radio "0"
      - radio "1"
      - radio "2"
      - radio "3"
      - radio "4"
      - radio "5"
      - radio "6"
      - radio "7"
      - radio "8"
      - radio "9"
      - radio "10"
  `)
  await expect(page.getByRole('radio', { name: '0', exact: true })).toHaveAccessibleDescription('No pain')
  await expect(page.getByRole('radio', { name: '5', exact: true })).toHaveAccessibleDescription('Moderate')
  await expect(page.getByRole('radio', { name: '10', exact: true })).toHaveAccessibleDescription(
    'Worst imaginable',
  )
  await expect(page.getByRole('radio', { name: '4', exact: true })).toHaveAccessibleDescription('')
})

test('in forced colours (Windows High Contrast) the chosen tile stands apart from the others, and focus shows', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await openScale(page, 6)
  await expect.poll(() => page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true)
  const faces = await page.locator('.tile-face').evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el)
      return { background: style.backgroundColor, color: style.color, border: style.borderTopColor }
    }),
  )
  const chosen = faces[6]!
  const others = faces.filter((_, i) => i !== 6)
  for (const other of others) {
    expect(other).toEqual(others[0])
    expect(chosen.background).not.toBe(other.background)
    expect(chosen.color).not.toBe(other.color)
  }
  // Focus by keyboard: a ring of the system's highlight around the focused tile's face.
  await page.getByRole('radio', { name: '6', exact: true }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: '7', exact: true })).toBeFocused()
  const ring = await page
    .locator('.tile-face')
    .nth(7)
    .evaluate((el) => {
      const style = getComputedStyle(el)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
  expect(ring.style).not.toBe('none')
  expect(ring.width).toBeGreaterThanOrEqual(2)
})

test('on a 320 px phone every tile is at least 24 px wide, and its number fits inside it @narrow', async ({
  page,
}) => {
  await openScale(page)
  const tiles = await page.locator('.tile').evaluateAll((els) =>
    els.map((tile) => {
      const face = tile.querySelector('.tile-face')!
      const range = document.createRange()
      range.selectNodeContents(face)
      const text = range.getBoundingClientRect()
      const box = face.getBoundingClientRect()
      const border = parseFloat(getComputedStyle(face).borderLeftWidth)
      return {
        number: face.textContent,
        width: tile.getBoundingClientRect().width,
        height: tile.getBoundingClientRect().height,
        // Room between the number and the tile's border, on each side.
        room: Math.min(text.left - (box.left + border), box.right - border - text.right),
      }
    }),
  )
  expect(tiles).toHaveLength(11)
  expect(new Set(tiles.map((t) => Math.round(t.width))).size).toBe(1)
  for (const tile of tiles) {
    expect(tile.width, `tile ${tile.number}`).toBeGreaterThanOrEqual(24)
    expect(tile.height, `tile ${tile.number}`).toBeGreaterThanOrEqual(44)
    expect(tile.room, `room beside ${tile.number}`).toBeGreaterThanOrEqual(1)
  }
  // Still one row, and the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
})
