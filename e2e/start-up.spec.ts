// The first moments of a visit: the prerendered start page works before the app has loaded,
// a deep link never shows the wrong page first, and an app that cannot load says so.
import type { Page, Route } from '@playwright/test'
import { MASSAGE_NAMES, advise } from '../src/engine'
import { toShareHash } from '../src/share/link'
import { test, expect } from './fixtures'
import { ANSWER_SETS, TITLES, h1, press } from './flow'

const APP_CHUNK = '**/assets/app-*.js'
const answers = ANSWER_SETS[1]!
const shared = toShareHash(answers)
const sharedTop = MASSAGE_NAMES[advise(answers, []).picks[0]!.type]

/** Holds the app's chunk back until `release` is called, as a slow network would. */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(APP_CHUNK, async (route: Route) => {
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
  expect(await bootState(page)).toBeNull()
})

test('a shared link shows a progress bar, never the start page, until its result is drawn', async ({
  page,
}) => {
  const release = await holdApp(page)
  await page.goto(`./${shared}`)
  expect(await bootState(page)).toBe('loading')
  await expect(page.getByText(TITLES.start)).toBeHidden()
  await expect(page.getByRole('link', { name: 'Start', exact: true })).toBeHidden()
  release()
  await expect(h1(page)).toContainText(sharedTop)
  expect(await bootState(page)).toBeNull()
})

test('an app that cannot load says so with a Reload button, and Reload recovers', async ({
  page,
  problems,
}) => {
  await page.route(APP_CHUNK, (route) => route.abort('internetdisconnected'))
  await page.goto(`./${shared}`)
  const message = page.getByText('Massage Match could not load')
  await expect(message).toBeVisible()
  expect(await bootState(page)).toBe('failed')
  await page.unroute(APP_CHUNK)
  await press(page.getByRole('button', { name: 'Reload' }))
  await expect(h1(page)).toContainText(sharedTop)
  await expect(message).toBeHidden()
  // The browser reports the refused file; that one console error is this test's own doing.
  const expected = (p: string) =>
    /console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(p)
  expect(problems.filter(expected).length).toBeGreaterThan(0)
  problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)))
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
