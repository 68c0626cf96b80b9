import type { Page } from '@playwright/test'
import { MASSAGE_NAMES } from '../src/engine'
import { expect, test } from './fixtures'
import { TITLES, button, h1, openCheck, passCheck, press, screeningBox } from './flow'

/** Where the bar with the way on is, and where the boxes are, in the viewport. */
function barReport(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.check-bar')!.getBoundingClientRect()
    const rows = [...document.querySelectorAll('.option-row')].map((r) => r.getBoundingClientRect())
    const buttons = [...document.querySelectorAll('.check-bar .button')].map((b) => b.getBoundingClientRect())
    return {
      barTop: bar.top,
      barBottom: bar.bottom,
      viewport: window.innerHeight,
      lastRowBottom: rows.at(-1)!.bottom,
      // Rows that sit under the bar: partly hidden by it.
      coveredRows: rows.filter((r) => r.bottom > bar.top + 0.5 && r.top < bar.bottom).length,
      buttonTops: buttons.map((b) => Math.round(b.top)),
      smallestButton: Math.min(...buttons.map((b) => Math.min(b.width, b.height))),
    }
  })
}

async function expectWayOnInView(page: Page) {
  // On arrival, before any scrolling: the way on is at the bottom of the screen.
  const top = await barReport(page)
  expect(top.barBottom).toBeCloseTo(top.viewport, 0)
  await expect(button(page, 'None of these')).toBeInViewport({ ratio: 1 })
  expect(top.smallestButton).toBeGreaterThanOrEqual(44)
  // Side by side, one row high.
  expect(new Set(top.buttonTops).size).toBe(1)
  // At the end of the page the bar sits below the last box, covering none.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await expect
    .poll(async () => (await barReport(page)).coveredRows, { message: 'no box under the bar at the end' })
    .toBe(0)
  const end = await barReport(page)
  expect(end.lastRowBottom).toBeLessThanOrEqual(end.barTop)
  await expect(button(page, 'None of these')).toBeInViewport({ ratio: 1 })
}

test('on both pages of the safety check the way on stays in view and, at the end, covers no box @phones', async ({
  page,
}) => {
  await openCheck(page)
  await expectWayOnInView(page)
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await expectWayOnInView(page)
})

test('with text at 200%, the way on is still in view, one row high, on the narrowest phone @narrow', async ({
  page,
}) => {
  // The phone's own text-size setting: the browser's default font size, which the app's rem sizes follow.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } })
  await openCheck(page)
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px')
  await expectWayOnInView(page)
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await expectWayOnInView(page)
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
})

test("the way on changes its words with the page's own ticks, and Back keeps them", async ({ page }) => {
  await openCheck(page)
  await press(screeningBox(page, 'weight-loss'))
  await expect(button(page, 'None of these')).toHaveCount(0)
  await press(button(page, 'Continue'))
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await expect(page).toHaveURL(/#\/check\/2$/)
  // Nothing ticked on this page yet.
  await expect(button(page, 'None of these')).toBeVisible()
  await press(screeningBox(page, 'pregnancy'))
  await expect(button(page, 'None of these')).toHaveCount(0)
  await press(button(page, 'Back'))
  await expect(h1(page)).toHaveText(TITLES.check)
  await expect(screeningBox(page, 'weight-loss')).toBeChecked()
  await page.goBack()
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await expect(screeningBox(page, 'pregnancy')).toBeChecked()
})

test('chest pain on the first page goes straight to the emergency number, with no second page', async ({
  page,
}) => {
  await openCheck(page)
  await passCheck(page, ['chest-pain'])
  await expect(h1(page)).toHaveText(TITLES.stop)
  await expect(page.getByRole('link', { name: /^Call \d+$/ })).toBeVisible()
  await expect(page.getByText(/Chest pain with back pain can come from the heart/)).toBeVisible()
  await expect(page.getByText(/nerves/)).toHaveCount(0)
  const text = await page.locator('body').innerText()
  for (const name of Object.values(MASSAGE_NAMES)) expect(text).not.toContain(name)
})

test('skin problems on the back and the feet leave no massage: the quiz stops after the check', async ({
  page,
}) => {
  await openCheck(page)
  await passCheck(page, ['skin-condition', 'foot-skin-condition'])
  await expect(h1(page)).toHaveText('No massage for now')
  await expect(page).toHaveURL(/#\/no-massage$/)
  await expect(page.getByText(/Question \d of/)).toHaveCount(0)
  await expect(page.getByText('Once the skin has healed, you can take the safety check again.')).toBeVisible()
})

test('every box on a page can be reached by Tab without hiding behind the bar @keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 })
  await openCheck(page)
  const covered: string[] = []
  const seen = new Set<string>()
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    const report = await page.evaluate(() => {
      const el = document.activeElement
      if (!(el instanceof HTMLInputElement) || el.type !== 'checkbox') return null
      const row = el.closest('.option-row')!.getBoundingClientRect()
      const bar = document.querySelector('.check-bar')!.getBoundingClientRect()
      return { id: el.id, hidden: row.bottom > bar.top + 0.5 || row.top < 0 }
    })
    if (report) seen.add(report.id)
    if (report?.hidden) covered.push(report.id)
  }
  expect(seen.size).toBe(await page.getByRole('checkbox').count())
  expect(covered).toEqual([])
})
