import { MASSAGE_NAMES, advise } from '../src/engine'
import { toShareHash } from '../src/share/link'
import { test, expect } from './fixtures'
import { ANSWER_SETS, TITLES, h1 } from './flow'

test('after one visit, the start page and a shared link open offline', async ({ page, context }) => {
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await page.reload()
  await expect(h1(page)).toHaveText(TITLES.start)

  // A shared link never opened before, in a new tab, with no network.
  const answers = ANSWER_SETS[4]!
  const top = advise(answers, []).picks[0]!.type
  const tab = await context.newPage()
  await tab.goto(`./${toShareHash(answers)}`)
  await expect(h1(tab)).toContainText(MASSAGE_NAMES[top])
  await expect(tab.getByText('This is a shared result')).toBeVisible()
})
