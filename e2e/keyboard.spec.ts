import type { Locator, Page } from '@playwright/test'
import { MASSAGE_NAMES, QUESTIONS, advise, type QuizAnswers } from '../src/engine'
import { test, expect } from './fixtures'
import { ANSWER_SETS, TITLES, button, h1, optionRadio, screeningBox } from './flow'

/** Presses Tab until `target` has focus (at most 40 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${String(target)}`)
}

/** Tab until focus is on any radio of the question's group. */
async function tabIntoGroup(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'))
      return
    await page.keyboard.press('Tab')
  }
  throw new Error('Tab never reached the radio group')
}

/**
 * A focus ring shows: the focused control, or its row (the label and what it holds), has an
 * outline or a box shadow, and is not transparent (a hidden radio's own outline does not count).
 */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'nothing focused'
    const shown = (e: Element) => {
      for (let x: Element | null = e; x; x = x.parentElement) {
        if (getComputedStyle(x).opacity === '0') return false
      }
      const r = e.getBoundingClientRect()
      return r.width > 1 && r.height > 1
    }
    const hasRing = (e: Element) => {
      const style = getComputedStyle(e)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      return outline || style.boxShadow !== 'none'
    }
    const row = el.closest('label')
    const candidates = [el, ...(row ? [row, ...row.querySelectorAll('*')] : [])]
    if (candidates.some((c) => shown(c) && hasRing(c))) return 'ok'
    return `no visible focus ring on ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`
  })
  expect(ring).toBe('ok')
}

async function answerByKeyboard(page: Page, n: number, answers: QuizAnswers): Promise<void> {
  const q = QUESTIONS[n - 1]!
  await expect(h1(page)).toHaveText(q.prompt)
  await tabIntoGroup(page)
  const target = optionRadio(page, q.id, answers[q.id])
  if ((await target.evaluate((el) => el === document.activeElement)) && !(await target.isChecked())) {
    // The first option, focused but not chosen: Space picks it, and a choice moves on by itself.
    await page.keyboard.press('Space')
    if (q.kind === 'choice') {
      await expect(h1(page)).not.toHaveText(q.prompt)
      return
    }
  }
  // Arrow keys move through the group and choose, but never move on by themselves.
  for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('ArrowDown')
  }
  await expect(target).toBeFocused()
  await expect(target).toBeChecked()
  if (n <= 2) await expectVisibleFocus(page)
  await expect(h1(page)).toHaveText(q.prompt)
  const next = button(page, n === QUESTIONS.length ? 'See my result' : 'Next')
  await tabTo(page, next)
  if (n === QUESTIONS.length) await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(h1(page)).not.toHaveText(q.prompt)
}

test('the safety check and the quiz work by keyboard alone @keyboard', async ({ page }) => {
  const answers = ANSWER_SETS[3]!
  const top = advise(answers, ['osteoporosis']).picks[0]!.type
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)

  await tabTo(page, page.getByRole('link', { name: 'Start', exact: true }))
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(h1(page)).toHaveText(TITLES.check)
  await tabTo(page, button(page, 'None of these'))
  await page.keyboard.press('Enter')
  await expect(h1(page)).toHaveText(TITLES.checkConditions)

  await tabTo(page, screeningBox(page, 'osteoporosis'))
  await expectVisibleFocus(page)
  await page.keyboard.press('Space')
  await expect(screeningBox(page, 'osteoporosis')).toBeChecked()
  await tabTo(page, button(page, 'Continue'))
  await page.keyboard.press('Enter')

  for (let n = 1; n <= QUESTIONS.length; n++) await answerByKeyboard(page, n, answers)
  await expect(h1(page)).toContainText(MASSAGE_NAMES[top])
  await expect(page.getByRole('status').filter({ hasText: 'Go ahead with care' })).toBeVisible()
})
