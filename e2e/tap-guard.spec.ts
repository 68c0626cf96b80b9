import type { Page } from '@playwright/test'
import { QUESTIONS } from '../src/engine'
import { paths } from '../src/shared/paths'
import { test, expect } from './fixtures'
import { button, h1 } from './flow'
import { centre, finger } from './finger'
import { openWithSaved } from './tour'

// Real touches: Chromium turns them into pointer events and a click, as on a phone. Each test opens
// a question with the ones before it answered, after a safety check with nothing ticked.
const [q1, q2, q3, q4] = QUESTIONS
const CUE = 'Tap again to choose'

const options = (page: Page) => page.getByRole('radio')
const tapAt = (page: Page, at: { x: number; y: number }) => page.touchscreen.tap(at.x, at.y)

test('a double tap on an option chooses it once; the half that lifts on the next question does not choose there, and says so @phones', async ({
  page,
}) => {
  await openWithSaved(page, paths.question(2), { severity: 5 }, [])
  await expect(h1(page)).toHaveText(q2!.prompt)
  const at = await centre(options(page).first())
  const touch = await finger(page)
  await touch.down(at, 0)
  await touch.up(80)
  // The second half goes down 100 ms after the first lifts, while the choice shows, and lifts once
  // the next question is there.
  await touch.down(at, 180)
  // Only a choice moves on, so the first half chose. Watched every frame: the finger lifts at once.
  await page.waitForFunction((prompt) => document.querySelector('h1')?.textContent === prompt, q3!.prompt, {
    polling: 'raf',
  })
  await touch.up(touch.now())
  await expect(page.getByText(CUE)).toBeVisible()
  await page.waitForTimeout(400)
  await expect(h1(page)).toHaveText(q3!.prompt)
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0)

  // Tapping again, as it says, chooses; the cue goes.
  await page.touchscreen.tap(at.x, at.y)
  await expect(h1(page)).toHaveText(q4!.prompt)
  await expect(page.getByText(CUE)).toHaveCount(0)
})

test('a quick double tap on Next moves on once and does nothing on the next question, and says so @phones', async ({
  page,
}) => {
  await openWithSaved(page, paths.question(2), { severity: 5, duration: 'chronic' }, [])
  await expect(h1(page)).toHaveText(q2!.prompt)
  const at = await centre(button(page, 'Next'))
  const touch = await finger(page)
  await touch.down(at, 0)
  await touch.up(60)
  await expect(h1(page)).toHaveText(q3!.prompt)
  // The second half: down 120 ms after the first lifted, on the new question.
  await touch.down(at, 180)
  await touch.up(240)
  await expect(page.getByText(CUE)).toBeVisible()
  await page.waitForTimeout(400)
  await expect(h1(page)).toHaveText(q3!.prompt)
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0)
  await expect(page.getByText('Choose an answer to go on')).toHaveCount(0)
})

test('a second tap 260 ms after the first, at the same place on the next question, acts there', async ({
  page,
}) => {
  await openWithSaved(page, paths.question(2), { severity: 5, duration: 'chronic' }, [])
  await expect(h1(page)).toHaveText(q2!.prompt)
  const at = await centre(button(page, 'Next'))
  const touch = await finger(page)
  await touch.down(at, 0)
  await touch.up(60)
  await expect(h1(page)).toHaveText(q3!.prompt)
  // At 390 px the next question's Next is where the last one was (at 320 px it is not).
  expect(await centre(button(page, 'Next'))).toEqual(at)
  // Slower than the guard's double tap, though Chromium still counts one: Next tapped again. On a
  // busy machine the question may show later than 320 ms: the finger then comes down once it has.
  const second = Math.max(320, touch.now() + 20)
  await touch.down(at, second)
  await touch.up(second + 60)
  await expect(page.getByText('Choose an answer to go on')).toBeVisible()
  await expect(page.getByText(CUE)).toHaveCount(0)
})

test('a deliberate tap 150 ms after a screen appears acts, after a choice and after Next @phones', async ({
  page,
}) => {
  await openWithSaved(page, paths.question(1), {}, [])
  await expect(h1(page)).toHaveText(q1!.prompt)
  const tile = await centre(page.getByRole('radio', { name: /^5\b/ }))
  await page.touchscreen.tap(tile.x, tile.y)
  await expect(h1(page)).toHaveText(q2!.prompt)
  await page.waitForTimeout(150)
  const first = options(page).first()
  const at = await centre(first)
  await page.touchscreen.tap(at.x, at.y)
  await expect(first).toBeChecked()
  await expect(h1(page)).toHaveText(q3!.prompt)

  // Next moves on at once; 150 ms later, a tap on an option (not where Next was) acts.
  await page.getByRole('button', { name: 'Back' }).focus()
  await page.keyboard.press('Enter')
  await expect(h1(page)).toHaveText(q2!.prompt)
  await tapAt(page, await centre(button(page, 'Next')))
  await expect(h1(page)).toHaveText(q3!.prompt)
  await page.waitForTimeout(150)
  const option = options(page).first()
  await tapAt(page, await centre(option))
  await expect(option).toBeChecked()
  await expect(page.getByText(CUE)).toHaveCount(0)
})
