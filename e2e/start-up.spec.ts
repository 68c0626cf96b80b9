// The first moments of a visit: the prerendered start page works before the app has loaded,
// a deep link never shows the wrong page first, and an app that cannot load says so.
import type { Page, Route } from '@playwright/test'
import { MASSAGE_NAMES, advise } from '../src/engine'
import { toShareHash } from '../src/share/link'
import { allowApp, APP_CHUNK, dropRefusedLoads, expect, refuseApp, test } from './fixtures'
import { ANSWER_SETS, TITLES, h1, passCheck, press } from './flow'
import { centre, doubleTap } from './finger'

const answers = ANSWER_SETS[1]!
const shared = toShareHash(answers)
const sharedTop = MASSAGE_NAMES[advise(answers, []).picks[0]!.type]

/** Holds the app's chunk back until `release` is called, as a slow network would. */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.context().route(APP_CHUNK, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

const bootState = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-boot'))

test('Start works before the app has loaded: the start page steps aside and the safety check follows @phones', async ({
  page,
}) => {
  const release = await holdApp(page)
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  await press(page.getByRole('link', { name: 'Start', exact: true }))
  await expect(page).toHaveURL(/#\/check$/)
  // The app is still on its way: a progress bar, not a start page that no longer answers.
  await expect(h1(page)).toBeHidden()
  expect(await bootState(page)).toBe('loading')
  release()
  await expect(h1(page)).toHaveText(TITLES.check)
  expect(await bootState(page)).toBe('ready')
})

test('a shared link never shows the start page: its pick at once (e2e/shared-first-paint.spec.ts), then the app', async ({
  page,
}) => {
  const release = await holdApp(page)
  await page.goto(`./${shared}`)
  await expect(h1(page)).toContainText(sharedTop)
  expect(await bootState(page)).toBe('shared')
  await expect(page.getByText(TITLES.start)).toBeHidden()
  await expect(page.getByRole('link', { name: 'Start', exact: true })).toBeHidden()
  release()
  await expect.poll(() => bootState(page)).toBe('ready')
  await expect(h1(page)).toContainText(sharedTop)
})

test('a slow start says it is slow after 10 s, not that it failed', async ({ page }) => {
  const release = await holdApp(page)
  await page.goto('./#/check')
  const slow = page.getByText('This is taking longer than usual')
  await expect(slow).toBeHidden()
  await expect(slow).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('Massage Match could not load')).toBeHidden()
  release()
  await expect(h1(page)).toHaveText(TITLES.check)
  await expect(slow).toBeHidden()
})

test('an app chunk that fails once and then loads: the page retries at once and the result appears', async ({
  page,
  problems,
}) => {
  let requests = 0
  await page
    .context()
    .route(APP_CHUNK, (route) => (++requests === 1 ? route.abort('connectionreset') : route.continue()))
  await page.goto(`./${shared}`)
  await expect.poll(() => bootState(page)).toBe('ready')
  await expect(h1(page)).toContainText(sharedTop)
  expect(requests).toBeGreaterThanOrEqual(2)
  await expect(page.getByText('Massage Match could not load')).toBeHidden()
  expect(dropRefusedLoads(problems)).toBeGreaterThan(0)
})

test('an app chunk that never answers: the page says so with Reload instead of waiting for ever', async ({
  page,
}) => {
  // Held for the whole test: the request hangs, as on a stalled connection.
  await holdApp(page)
  await page.goto('./#/check')
  await expect(page.getByText('This is taking longer than usual')).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible()
  // Given up on: then it says it could not load.
  await expect(page.getByText('Massage Match could not load')).toBeVisible({ timeout: 25_000 })
  await expect(page.getByText(TITLES.start)).toBeHidden()
})

test('the start page and its title stay as they are while the app starts behind them', async ({ page }) => {
  await page.goto('./')
  await expect(page).toHaveTitle(`${TITLES.start} – Massage Match`)
  await expect.poll(() => bootState(page)).toBe('ready')
  await expect(page).toHaveTitle(`${TITLES.start} – Massage Match`)
  await expect(h1(page)).toHaveText(TITLES.start)
  await expect(h1(page)).not.toBeFocused()
})

test('an app that cannot load leaves the start page working; Start then explains, and Reload recovers @phones', async ({
  page,
  problems,
}) => {
  let refused = 0
  await page.context().route(APP_CHUNK, (route) => {
    refused++
    return route.abort('internetdisconnected')
  })
  await page.goto('./')
  // The app is fetched once the page is idle, and fails: the start page is left as it is.
  await expect.poll(() => refused).toBeGreaterThan(0)
  await page.waitForTimeout(300)
  await expect(h1(page)).toHaveText(TITLES.start)
  expect(await bootState(page)).toBeNull()
  await press(page.getByRole('link', { name: 'Start', exact: true }))
  await expect(page.getByText('Massage Match could not load')).toBeVisible()
  await allowApp(page)
  await press(page.getByRole('button', { name: 'Reload' }))
  await expect(h1(page)).toHaveText(TITLES.check)
  dropRefusedLoads(problems)
})

test('a double tap on Start opens the safety check with nothing ticked @phones', async ({ page }) => {
  await page.goto('./')
  // Once the app is here, the double tap, the second tap landing on the next screen.
  await expect.poll(() => bootState(page)).toBe('ready')
  await doubleTap(page, await centre(page.getByRole('link', { name: 'Start', exact: true })), 150)
  await expect(h1(page)).toHaveText(TITLES.check)
  await page.waitForTimeout(500)
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'None of these' })).toBeVisible()
})

test('an address typed while a question is open gets its own title and focus', async ({ page }) => {
  await page.goto('./#/check')
  await passCheck(page)
  await expect(h1(page)).toHaveText(/lower back pain/)
  await page.goto('./#/nowhere')
  await expect(h1(page)).toHaveText(TITLES.notFound)
  await expect(h1(page)).toBeFocused()
  await expect(page).toHaveTitle(`${TITLES.notFound} – Massage Match`)
})

test('an app that cannot load says so with a Reload button, and Reload recovers', async ({
  page,
  problems,
}) => {
  await refuseApp(page)
  await page.goto(`./${shared}`)
  const message = page.getByText('Massage Match could not load')
  await expect(message).toBeVisible()
  expect(await bootState(page)).toBe('failed')
  await expect(page.getByRole('button', { name: 'Reload' })).toBeFocused()
  await expect(page.getByText('This is taking longer than usual')).toBeHidden()
  await allowApp(page)
  await press(page.getByRole('button', { name: 'Reload' }))
  await expect(h1(page)).toContainText(sharedTop)
  await expect(message).toBeHidden()
  // The browser reports the refused file; that one console error is this test's own doing.
  expect(dropRefusedLoads(problems)).toBeGreaterThan(0)
})

test('a key pressed on Start while the app is still starting on a slow phone is not lost @keyboard', async ({
  page,
}) => {
  // Six times slower CPU: the app hydrates the start page for a good while after the Tab.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  for (const wait of [0, 60, 200]) {
    await page.goto('about:blank')
    await page.goto('./')
    await expect(h1(page)).toHaveText(TITLES.start)
    await page.getByRole('link', { name: 'Start', exact: true }).focus()
    await page.waitForTimeout(wait)
    await page.keyboard.press('Enter')
    await expect(h1(page), `Enter ${wait} ms after focus`).toHaveText(TITLES.check)
  }
})
