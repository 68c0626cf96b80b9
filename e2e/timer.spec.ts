import type { Page } from '@playwright/test'
import { paths } from '../src/shared/paths'
import { chronicFirm } from '../src/test/people'
import { test, expect } from './fixtures'
import { button, press } from './flow'
import { openWithSaved } from './tour'

/** The own result of someone who likes firm pressure (the foam roller, with its timer), its self-massage open. */
async function openTimer(page: Page) {
  // Time that moves only when the test says, from the start: a minute passes in an instant.
  await page.clock.install()
  await openWithSaved(page, paths.result(), chronicFirm, [])
  await press(page.getByRole('button', { name: 'Self-massage at home' }))
  await expect(button(page, 'Start 1-minute timer')).toBeVisible()
}

const fullScreenClass = (page: Page) => page.evaluate(() => document.fullscreenElement?.className ?? null)

/** Elements a person can see (more than the 1px of a screen-reader-only line) whose words say the time is up. */
const seenTimeIsUp = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.timer *')].filter((el) => {
        const box = el.getBoundingClientRect()
        return el.children.length === 0 && /time is up/i.test(el.textContent ?? '') && box.width > 1
      }).length,
  )

test('Start puts the timer full screen, focus on Pause; the end hands focus to Start and says "Time is up" once', async ({
  page,
}) => {
  await openTimer(page)
  await press(button(page, 'Start 1-minute timer'))
  await expect(button(page, 'Pause')).toBeFocused()
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('1:00')
  await expect.poll(() => fullScreenClass(page)).toBe('timer timer-full')
  await expect(page.locator('.timer-full')).toBeInViewport({ ratio: 1 })
  await expect(button(page, 'Leave full screen')).toBeInViewport({ ratio: 1 })

  await page.clock.runFor(60_000)
  await expect(button(page, 'Start 1-minute timer')).toBeFocused()
  expect(await seenTimeIsUp(page)).toBe(1)
  // Read once: the large words are hidden from screen readers, the sentence is the live region's.
  await expect(page.locator('.timer')).toMatchAriaSnapshot(`
    - paragraph: "Time is up: 1 minute done."
    - button "Start 1-minute timer"
    - button "Start 2-minute timer"
    - button "Leave full screen"
  `)

  // The way out: the button leaves the browser's full screen and the covering view together.
  await press(button(page, 'Leave full screen'))
  await expect.poll(() => fullScreenClass(page)).toBeNull()
  await expect(page.locator('.timer-full')).toHaveCount(0)
})

test('Stop leaves full screen and hands focus to the Start just used; by keyboard too', async ({ page }) => {
  await openTimer(page)
  await press(button(page, 'Start 2-minute timer'))
  await expect.poll(() => fullScreenClass(page)).toBe('timer timer-full')
  await page.clock.runFor(10_000)
  await page.keyboard.press('Enter')
  await expect(button(page, 'Resume')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(button(page, 'Stop')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(button(page, 'Start 2-minute timer')).toBeFocused()
  await expect.poll(() => fullScreenClass(page)).toBeNull()
  await expect(page.locator('.timer-full')).toHaveCount(0)
  expect(await seenTimeIsUp(page)).toBe(0)
})

test('where the browser refuses full screen, Start still covers the page and the timer runs', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'))
  })
  await openTimer(page)
  await press(button(page, 'Start 1-minute timer'))
  await expect(button(page, 'Pause')).toBeFocused()
  await expect(page.locator('.timer-full')).toBeInViewport({ ratio: 1 })
  expect(await fullScreenClass(page)).toBeNull()
  // Over everything, the Share bar included: the page's corners and foot are the timer's.
  const onTop = await page.evaluate(() =>
    [
      [2, 2],
      [innerWidth - 2, innerHeight - 2],
      [innerWidth / 2, innerHeight - 20],
    ].every(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.timer-full') != null),
  )
  expect(onTop).toBe(true)
  await page.clock.runFor(30_000)
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText('0:30')
  await press(button(page, 'Leave full screen'))
  await expect(page.locator('.timer-full')).toHaveCount(0)
})
