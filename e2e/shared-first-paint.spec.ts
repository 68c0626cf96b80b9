// A shared link's first paint: the sender's pick before any of the app's JavaScript has come
// (src/boot/shared-first-paint.ts), then the app taking it over in place.
import type { Page, Route } from '@playwright/test'
import { MASSAGE_NAMES, advise } from '../src/engine'
import { fromShareHash, toShareHash, toShareHashAvoiding } from '../src/share/link'
import { expect, test } from './fixtures'
import { ANSWER_SETS, TITLES, button, h1, press } from './flow'

/** The app's JavaScript: the entry script and the app's chunk. */
const APP_JS = /\/assets\/(index|app)-[\w-]+\.js$/

/** Holds the app's JavaScript back, as a slow network would, until `release` is called. */
async function holdAppJs(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.context().route(APP_JS, async (route: Route) => {
    await released
    await route.continue()
  })
  return release
}

const bootState = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-boot'))

/** The sender ticked fragile bones: the type these answers alone put first is ruled out. */
const answers = ANSWER_SETS[2]!
const sender = advise(answers, ['osteoporosis'])
const adjustedLink = toShareHashAvoiding(
  answers,
  sender.avoided.map((a) => a.type),
)
const senderTop = MASSAGE_NAMES[sender.picks[0]!.type]

test("before any of the app's JavaScript, a shared link names the sender's pick, says it is adjusted, and offers the safety check", async ({
  page,
}) => {
  await holdAppJs(page)
  await page.goto(`./${adjustedLink}`)
  await expect(h1(page)).toHaveText(senderTop)
  await expect(page.getByText(/^Adjusted for a health condition/)).toBeVisible()
  await expect(page.getByText('This is a shared result')).toBeVisible()
  await expect(button(page, 'Take the safety check')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Start', exact: true })).toBeHidden()
  expect(await bootState(page)).toBe('shared')
  // Nothing of the app has run: its scripts are still held back.
  expect(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((r) => /assets\/(index|app)-/.test(r.name)),
    ),
  ).toBe(false)
})

test('a link without a ruled-out type names its pick and no adjustment', async ({ page }) => {
  const plain = toShareHash(ANSWER_SETS[1]!)
  await holdAppJs(page)
  await page.goto(`./${plain}`)
  await expect(h1(page)).toHaveText(MASSAGE_NAMES[advise(ANSWER_SETS[1]!, []).picks[0]!.type])
  await expect(page.getByText('This is a shared result')).toBeVisible()
  await expect(page.getByText(/^Adjusted for a health condition/)).toHaveCount(0)
})

test('the app takes the first paint over in place: the same words at the same place, no layout shift', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = []
    ;(window as unknown as { shifts: number[] }).shifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  const release = await holdAppJs(page)
  await page.goto(`./${adjustedLink}`)
  await expect(h1(page)).toHaveText(senderTop)
  const places = () =>
    page.evaluate(() =>
      ['h1', '.result-eyebrow', '.result-tagline', '.shared-adjusted', '.shared-notice'].map((selector) => {
        const box = document.querySelector(selector)!.getBoundingClientRect()
        return {
          selector,
          text: document.querySelector(selector)!.textContent,
          x: box.x,
          y: box.y,
          width: box.width,
          height: box.height,
        }
      }),
    )
  const before = await places()
  release()
  await expect.poll(() => bootState(page)).toBe('ready')
  await expect(page.getByRole('heading', { name: 'Why it suits these answers' })).toBeVisible()
  expect(await places()).toEqual(before)
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([])
})

test("a tap on Take the safety check before the app has come carries the link's answers into the quiz", async ({
  page,
}) => {
  const release = await holdAppJs(page)
  await page.goto(`./${adjustedLink}`)
  await press(button(page, 'Take the safety check'))
  release()
  await expect(h1(page)).toHaveText(TITLES.check)
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await press(button(page, 'None of these'))
  // The link's answers were kept: straight to the result, not the first question.
  await expect(h1(page)).toContainText(MASSAGE_NAMES[advise(answers, []).picks[0]!.type])
})

test('a damaged link paints nothing of a result before the app, then the app explains it', async ({
  page,
}) => {
  const good = toShareHash(ANSWER_SETS[0]!)
  const damaged = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0')
  const parsed = fromShareHash(damaged)
  expect(parsed.ok).toBe(false)
  const release = await holdAppJs(page)
  await page.goto(`./${damaged}`)
  await expect
    .poll(() => page.evaluate(() => document.querySelector('script[src*="shared-first-paint"]') !== null))
    .toBe(true)
  await page.waitForLoadState('load')
  expect(await bootState(page)).toBe('loading')
  await expect(h1(page)).toBeHidden()
  for (const name of Object.values(MASSAGE_NAMES)) await expect(page.getByText(name)).toBeHidden()
  release()
  await expect(h1(page)).toHaveText(TITLES.linkProblem)
  if (!parsed.ok) await expect(page.getByText(parsed.reason)).toBeVisible()
})
