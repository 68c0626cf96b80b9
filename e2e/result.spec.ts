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
      barTop: document.querySelector('[data-actions="bar"]')!.getBoundingClientRect().top,
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

/** Text at 200%, as a phone's largest text setting, on every page the test loads. */
async function largeText(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.style.fontSize = '200%'
    })
  })
}

/** Where things are, in page coordinates (the top of the page is 0). */
const where = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const el = [...document.querySelectorAll(selector)].find((e) => e.getClientRects().length > 0)
      const r = el?.getBoundingClientRect()
      return r ? { top: r.top + scrollY, bottom: r.bottom + scrollY } : null
    }
    const share = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Share' && b.getClientRects().length > 0,
    )
    const s = share?.getBoundingClientRect()
    return {
      screen: innerHeight,
      scrolled: scrollY,
      booking: box('#booking-text'),
      share: s ? { top: s.top + scrollY, bottom: s.bottom + scrollY } : null,
      card: box('a[href$="#/card"]'),
      barPosition: (() => {
        const bar = [...document.querySelectorAll('.result-bar')].find((e) => e.getClientRects().length > 0)
        return bar ? getComputedStyle(bar).position : null
      })(),
    }
  })

test('with 200% text, the result opens at its top, and Share and the card are within a screen of the booking line @phones', async ({
  page,
}) => {
  await largeText(page)
  await openResult(page, chronicFirm, ['osteoporosis'])
  await expect(h1(page)).toBeFocused()
  const at = await where(page)
  expect(at.scrolled).toBe(0)
  // The bar would cover a third of the screen: the actions are a row right under the booking line.
  expect(at.barPosition).toBe('static')
  expect(at.booking).not.toBeNull()
  expect(at.share!.top).toBeGreaterThanOrEqual(at.booking!.bottom)
  expect(at.share!.bottom).toBeLessThanOrEqual(at.booking!.bottom + at.screen)
  expect(at.card!.bottom).toBeLessThanOrEqual(at.booking!.bottom + at.screen)
  // Read in that order too: the booking line, then Share, then the card.
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(1)
  await expect(page.getByRole('link', { name: 'Show this to your therapist' })).toHaveCount(1)
})

test('the booking line is never under the bar: on the smallest phone the actions follow it @narrow', async ({
  page,
}) => {
  await openResult(page, chronicFirm, ['osteoporosis'])
  const at = await where(page)
  expect(at.screen).toBe(640)
  const bar = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('.result-bar')].find((e) => e.getClientRects().length > 0)
    return shown && getComputedStyle(shown).position === 'sticky' ? shown.getBoundingClientRect().top : null
  })
  if (bar === null) {
    // The row under the booking line.
    expect(at.share!.top).toBeGreaterThanOrEqual(at.booking!.bottom)
    expect(at.share!.top - at.booking!.bottom).toBeLessThan(at.screen)
  } else {
    expect(at.booking!.bottom).toBeLessThanOrEqual(bar)
  }
})

/**
 * Tabs through the whole page from its heading; at each stop, the focused control must be wholly
 * on screen and, unless it is in the bar, above the bar (WCAG 2.4.11). Returns what was hidden.
 */
async function tabThrough(page: Page): Promise<{ hidden: string[]; stops: number }> {
  const hidden: string[] = []
  let stops = 0
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const seen = await page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body) return { done: true, problem: '' }
      const r = el.getBoundingClientRect()
      const bar = [...document.querySelectorAll('.result-bar')].find(
        (b) => b.getClientRects().length > 0 && getComputedStyle(b).position === 'sticky',
      )
      const barTop = bar && !bar.contains(el) ? bar.getBoundingClientRect().top : innerHeight
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`
      const ok = r.top >= -0.5 && r.left >= -0.5 && r.right <= innerWidth + 0.5 && r.bottom <= barTop + 0.5
      return {
        done: el.textContent === 'Show this to your therapist' && !!el.closest('[data-actions="bar"]'),
        problem: ok
          ? ''
          : `${name}: ${Math.round(r.top)}-${Math.round(r.bottom)} (bar at ${Math.round(barTop)})`,
      }
    })
    stops++
    if (seen.problem) hidden.push(seen.problem)
    if (seen.done) break
  }
  return { hidden, stops }
}

test('tabbing through the result, every focused control is wholly in view, never under the bar @phones', async ({
  page,
}) => {
  await openResult(page, chronicFirm, ['osteoporosis'])
  await expect(h1(page)).toBeFocused()
  const closed = await tabThrough(page)
  expect(closed.hidden).toEqual([])
  expect(closed.stops).toBeGreaterThan(8)
  // Again with every section open: far more to tab through.
  const sections = page.locator('.result-section button[aria-expanded="false"]')
  while ((await sections.count()) > 0) await sections.first().click()
  await h1(page).focus()
  const open = await tabThrough(page)
  expect(open.hidden).toEqual([])
  expect(open.stops).toBeGreaterThan(closed.stops)
})

test("the outcome is read right after the pick's name, where focus lands", async ({ page }) => {
  await openResult(page, chronicFirm, ['osteoporosis'])
  await expect(h1(page)).toBeFocused()
  const outcome = page.getByRole('status').filter({ hasText: 'Go ahead with care' })
  const afterHeading = await outcome.evaluate((box) => {
    const heading = document.querySelector('h1')!
    return Boolean(heading.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  expect(afterHeading).toBe(true)
  // Nothing of the decision between them but the pick's tagline.
  const between = await outcome.evaluate((box) => {
    const range = document.createRange()
    range.setStartAfter(document.querySelector('h1')!)
    range.setEndBefore(box)
    return range.toString().trim()
  })
  expect(between.length).toBeLessThan(120)
})

test('back from the card, the sections that were open are open and focus is on the card link', async ({
  page,
}) => {
  await openResult(page, chronicFirm, [])
  const options = page.getByRole('button', { name: 'Other options' })
  const selfMassage = page.getByRole('button', { name: 'Self-massage at home' })
  await press(options)
  await press(selfMassage)
  await expect(options).toHaveAttribute('aria-expanded', 'true')
  const card = page.getByRole('link', { name: 'Show this to your therapist' })
  await press(card)
  await expect(h1(page)).toHaveText('For your therapist')
  await press(page.getByRole('link', { name: 'Back to the result' }))
  await expect(card).toBeFocused()
  await expect(options).toHaveAttribute('aria-expanded', 'true')
  await expect(selfMassage).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('button', { name: 'Getting the most from a massage' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )

  // The browser's Back does the same.
  await press(card)
  await expect(h1(page)).toHaveText('For your therapist')
  await page.goBack()
  await expect(card).toBeFocused()
  await expect(selfMassage).toHaveAttribute('aria-expanded', 'true')
})

test('the disclosures are named by their words alone, without the drawn "+"', async ({ page }) => {
  await openResult(page, chronicFirm, [])
  await press(page.getByRole('button', { name: 'Other options' }))
  const summary = page.locator('summary', { hasText: 'Less suited to your answers' })
  await expect(summary).toBeVisible()
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  const names = nodes
    .map((n) => String(n.name?.value ?? ''))
    .filter((name) => name.startsWith('Less suited to your answers'))
  expect(names.length).toBeGreaterThan(0)
  expect(names.every((name) => name === 'Less suited to your answers')).toBe(true)
})
