import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { WhyWeAsk } from './why-we-ask'

// Read from disk: the test run swaps stylesheets for empty modules, and jsdom computes no ::after.
const styles = readFileSync(resolve(__dirname, '../routes/quiz.css'), 'utf8')

/** The declarations of the one rule with exactly this selector in quiz.css (the quiz screens' styles). */
function rule(selector: string): string {
  // Comments aside, so a commented-out declaration does not count.
  const css = styles.replace(/\/\*[\s\S]*?\*\//g, '')
  const blocks = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter(
    ([, selectors]) => selectors?.split(',').some((s) => s.trim() === selector) ?? false,
  )
  expect(blocks, selector).toHaveLength(1)
  return blocks[0]?.[2] ?? ''
}

test('"Why we ask" starts closed and opens on a tap to show the reason', async () => {
  const user = userEvent.setup()
  render(<WhyWeAsk why="So we know how hard to press." />)
  const reason = screen.getByText('So we know how hard to press.')
  expect(reason).not.toBeVisible()
  await user.click(screen.getByText('Why we ask'))
  expect(reason).toBeVisible()
  await user.click(screen.getByText('Why we ask'))
  expect(reason).not.toBeVisible()
})

test('its summary shows "+" when closed and "−" when open, like the result\'s disclosures', () => {
  expect(rule('.why summary::after')).toMatch(/content:\s*'\+'/)
  expect(rule('.why[open] summary::after')).toMatch(/content:\s*'−'/)
  // The browser's own triangle is replaced, not shown beside it.
  expect(rule('.why summary')).toMatch(/list-style:\s*none/)
  expect(rule('.why summary::-webkit-details-marker')).toMatch(/display:\s*none/)
})

test('its summary is a tap target at least 44px tall', () => {
  const height = /min-height:\s*(\d+)px/.exec(rule('.why summary'))?.[1]
  expect(Number(height)).toBeGreaterThanOrEqual(44)
})
