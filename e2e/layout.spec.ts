import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { openCheck, passCheck, press } from './flow'
import { tour } from './tour'

/** The screens wider than the phone: the page itself, or a heading cut at its edge. */
async function tooWide(page: Page, name: string, wide: string[]): Promise<void> {
  const { scrollWidth, innerWidth, cut } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? Infinity,
    innerWidth: window.innerWidth,
    cut: [...document.querySelectorAll('h1, h2')]
      .filter((h) => h.scrollWidth > h.clientWidth + 1)
      .map((h) => (h.textContent ?? '').slice(0, 40)),
  }))
  // A phone widens its layout to fit content that overflows: innerWidth then grows past 320 too.
  if (Math.max(scrollWidth, innerWidth) > 320)
    wide.push(`${name}: ${Math.max(scrollWidth, innerWidth)}px wide`)
  for (const heading of cut) wide.push(`${name}: heading "${heading}" runs past its box`)
}

test('no screen scrolls sideways at 320 px, also with 200% text @narrow', async ({ page }) => {
  const wide: string[] = []
  await tour(page, (name) => tooWide(page, name, wide))
  // Text at 200%, as a phone's largest text setting: set on every page the tour loads.
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%')),
  )
  await tour(page, (name) => tooWide(page, `${name} (200% text)`, wide))
  expect(wide).toEqual([])
})

/**
 * Visible buttons, links (not inline links in text) and choice rows smaller than 44x44 CSS px
 * (the pain scale's tiles: 24x44).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = []
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    const isShown = (el: Element) => {
      const r = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      // Visually hidden helpers (1px, clipped) are not targets.
      return r.width > 1 && r.height > 1 && style.visibility !== 'hidden' && style.display !== 'none'
    }
    const isInlineInText = (el: Element) => {
      if (getComputedStyle(el).display !== 'inline') return false
      const parent = el.parentElement
      const all = (parent?.textContent ?? '').trim()
      return all.length > (el.textContent ?? '').trim().length
    }
    const check = (el: Element, target: Element) => {
      if (!isShown(target)) return
      const r = target.getBoundingClientRect()
      // The 0-10 scale's eleven tiles share one row: at least 24 px wide (WCAG 2.2, 2.5.8) and 44 tall.
      const minWidth = target.classList.contains('tile') ? 24 : 44
      if (r.width < minWidth || r.height < 44) {
        small.push(`${describe(el)} is ${Math.round(r.width)}x${Math.round(r.height)}`)
      }
    }
    for (const el of document.querySelectorAll(
      'button, [role="button"], summary, input[type="button"], input[type="submit"]',
    )) {
      check(el, el)
    }
    for (const el of document.querySelectorAll('a[href]')) {
      if (!isInlineInText(el)) check(el, el)
    }
    for (const input of document.querySelectorAll('input[type="radio"], input[type="checkbox"]')) {
      // The row is the label that holds (or names) the control.
      const row =
        input.closest('label') ?? (input.id ? document.querySelector(`label[for="${input.id}"]`) : null)
      check(input, row ?? input)
    }
    return small
  })
}

test('every button, link and choice row is at least 44x44 px @phones', async ({ page }) => {
  const small: string[] = []
  await tour(page, async (name) => {
    for (const item of await smallTargets(page)) small.push(`${name}: ${item}`)
  })
  expect(small).toEqual([])
})

test('the size check itself notices a small button', async ({ page }) => {
  await page.goto('./')
  await page.evaluate(() => {
    const tiny = document.createElement('button')
    tiny.textContent = 'x'
    tiny.style.cssText = 'all: unset; display: inline-block; width: 20px; height: 20px'
    document.body.append(tiny)
  })
  expect(await smallTargets(page)).toEqual(['button "x" is 20x20'])
})

test('"Why we ask" shows "+" closed and "−" open instead of the browser\'s triangle, on a 44 px tall summary', async ({
  page,
}) => {
  await openCheck(page)
  await passCheck(page)
  const summary = page.locator('.why summary')
  const look = () =>
    summary.evaluate((el) => ({
      marker: getComputedStyle(el, '::after').content,
      listStyle: getComputedStyle(el).listStyleType,
      height: el.getBoundingClientRect().height,
    }))
  // The marker is seen, not read out (its alternative text is empty): '"+" / ""'.
  const closed = await look()
  expect(closed.marker).toMatch(/^"\+"/)
  expect(closed.listStyle).toBe('none')
  expect(closed.height).toBeGreaterThanOrEqual(44)
  await press(page.getByText('Why we ask'))
  expect((await look()).marker).toMatch(/^"−"/)
})

test('the pain scale is one row of 0 to 10 with its words under 0, 5 and 10, and moves on when tapped @phones', async ({
  page,
}) => {
  await openCheck(page)
  await passCheck(page)
  const tiles = page.locator('.tile')
  await expect(tiles).toHaveCount(11)
  const boxes = await tiles.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))
  expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'one row').toBe(1)
  const anchors = await page
    .locator('.tile-anchors li')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))
  const center = (b: { left: number; width: number }) => b.left + b.width / 2
  expect(Math.abs(anchors[0]!.left - boxes[0]!.left)).toBeLessThan(2)
  expect(Math.abs(center(anchors[1]!) - center(boxes[5]!))).toBeLessThan(3)
  expect(Math.abs(anchors[2]!.right - boxes[10]!.right)).toBeLessThan(2)
  // The way on is in view without scrolling, and a tap on a number moves on.
  await expect(page.getByRole('button', { name: 'Next' })).toBeInViewport()
  const prompt = await page.getByRole('heading', { level: 1 }).textContent()
  await press(page.getByRole('radio', { name: /^6\b/ }))
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(prompt ?? '')
})
