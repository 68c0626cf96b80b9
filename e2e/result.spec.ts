import type { Page } from '@playwright/test'
import { MASSAGE_NAMES, advise, type QuizAnswers, type ScreeningItem } from '../src/engine'
import { paths } from '../src/shared/paths'
import { test, expect } from './fixtures'
import { ANSWER_SETS, button, h1, press } from './flow'
import { openWithSaved } from './tour'

const chronicFirm = ANSWER_SETS[1]!

/** The own result for these answers and this safety check, opened straight from saved progress. */
async function openResult(page: Page, answers: QuizAnswers, screening: ScreeningItem[]) {
  await openWithSaved(page, paths.result(), answers, screening)
  await expect(button(page, 'Share')).toBeVisible()
}

const PEOPLE: { name: string; answers: QuizAnswers; screening: ScreeningItem[] }[] = [
  { name: 'clear', answers: chronicFirm, screening: [] },
  { name: 'fragile bones (go ahead with care)', answers: chronicFirm, screening: ['osteoporosis'] },
  { name: 'weight loss (see a doctor first)', answers: ANSWER_SETS[0]!, screening: ['weight-loss'] },
  { name: 'severe pain (9/10)', answers: { ...chronicFirm, severity: 9 }, screening: [] },
]

for (const person of PEOPLE) {
  test(`the decision (outcome, pick, reasons, booking line) fits the first screen above the bar at 390x844: ${person.name}`, async ({
    page,
  }) => {
    await openResult(page, person.answers, person.screening)
    const { decisionEnd, barTop, height } = await page.evaluate(() => ({
      decisionEnd: document.querySelector('.result-decision')!.getBoundingClientRect().bottom,
      barTop: document.querySelector('.result-bar')!.getBoundingClientRect().top,
      height: window.innerHeight,
    }))
    expect(height).toBe(844)
    expect(decisionEnd).toBeLessThanOrEqual(barTop)
    await expect(page.getByText(/^(If your doctor agrees, ask for|Ask for:) a 60-minute/)).toBeInViewport({
      ratio: 1,
    })
    await expect(page.getByRole('link', { name: 'Show this to your therapist' })).toBeInViewport({ ratio: 1 })
  })
}

test('a doctor-first result opens with the outcome: "See a doctor first" is the heading, and the massage only "if your doctor agrees" @phones', async ({
  page,
}) => {
  const answers = ANSWER_SETS[0]!
  await openResult(page, answers, ['weight-loss'])
  await expect(h1(page)).toHaveText('See a doctor first')
  const top = advise(answers, ['weight-loss']).picks[0]!.type
  // The outcome comes first on the page, the pick's name after it, never as "your best match".
  const order = await page.evaluate((name) => {
    const main = document.querySelector('main')!
    const text = main.innerText
    return { outcome: text.indexOf('See a doctor first'), pick: text.indexOf(name) }
  }, MASSAGE_NAMES[top])
  expect(order.outcome).toBeGreaterThanOrEqual(0)
  expect(order.pick).toBeGreaterThan(order.outcome)
  await expect(page.getByText('If your doctor agrees', { exact: true })).toBeVisible()
  await expect(page.getByText(/your best match/i)).toHaveCount(0)
  await expect(page.getByRole('status')).toContainText('urgent appointment with a doctor, today or tomorrow')
})

test('sections open on demand, and Copy puts the booking line on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openResult(page, chronicFirm, ['osteoporosis'])
  const ruledOut = page.getByRole('button', { name: 'Ruled out for now' })
  await expect(ruledOut).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByText(MASSAGE_NAMES['deep-tissue'], { exact: true })).toBeHidden()
  await press(ruledOut)
  await expect(ruledOut).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByText(MASSAGE_NAMES['deep-tissue'], { exact: true })).toBeVisible()

  await press(button(page, 'Copy'))
  await expect(page.getByText('Copied')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(/^Ask for: a 60-minute .+, light pressure only\. Tell them: fragile bones\.$/)
})

test('the bar is reached by keyboard, in view, with a visible focus ring @keyboard', async ({ page }) => {
  await openResult(page, chronicFirm, [])
  const share = button(page, 'Share')
  for (let i = 0; i < 30 && !(await share.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(share).toBeFocused()
  await expect(share).toBeInViewport({ ratio: 1 })
  expect(await share.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
  await page.keyboard.press('Tab')
  const card = page.getByRole('link', { name: 'Show this to your therapist' })
  await expect(card).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(h1(page)).toHaveText('For your therapist')
})

test('with 200% text at 320 px the bar rests at the end of the page instead of covering a third of the screen @narrow', async ({
  page,
}) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.style.fontSize = '200%'
    })
  })
  await openResult(page, chronicFirm, [])
  await expect(page.locator('.result-bar')).toHaveCSS('position', 'static')
  await expect(button(page, 'Share')).not.toBeInViewport()
})
