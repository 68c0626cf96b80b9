import { test, expect } from './fixtures'
import { CSP, CSP_META } from '../scripts/serve-dist.mjs'
import { TITLES, h1 } from './flow'

// The guard fixture fails every test on these; here it is checked that it notices them.
test('the guard records console errors and blocks and records requests to other origins', async ({
  page,
  problems,
}) => {
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  expect(problems).toEqual([])

  await page.evaluate(() => console.error('something broke'))
  await expect.poll(() => problems).toContain('console error: something broke')

  // The app's CSP already stops fetches elsewhere; a navigation is not covered by it.
  const failure = await page.goto('https://example.com/track').then(
    () => 'reached',
    (error: Error) => error.message,
  )
  expect(failure).toContain('ERR_BLOCKED_BY_CLIENT')
  expect(problems).toContain('request to another origin: https://example.com/track')

  // Seen and checked: clear them so the fixture's own check passes.
  problems.length = 0
})

test('the built page carries its Content-Security-Policy, as a meta tag and as the header', async ({
  page,
}) => {
  const response = await page.goto('./')
  expect(response?.headers()['content-security-policy']).toBe(CSP)
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CSP_META,
  )
  // It comes before every script, so it governs them all.
  const before = await page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')
    return [...document.scripts].every(
      (script) => meta && meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
  })
  expect(before).toBe(true)
})
