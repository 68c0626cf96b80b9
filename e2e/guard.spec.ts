import { test, expect } from './fixtures'
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
  await expect.poll(() => problems.some((p) => p.startsWith('console error: something broke'))).toBe(true)

  // The app's CSP already stops fetches elsewhere; a navigation is not covered by it.
  const failure = await page.goto('https://example.com/track').then(
    () => 'reached',
    (error: Error) => error.message,
  )
  expect(failure).not.toBe('reached')
  expect(problems).toContain('request to another origin: https://example.com/track')

  // Seen and checked: clear them so the fixture's own check passes.
  problems.length = 0
})

test('the built page carries its Content-Security-Policy, as a meta tag and as the header', async ({
  page,
}) => {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        event.violatedDirective,
      ),
    ),
  )
  const response = await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toMatch(/script-src 'self' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+';/)
  expect(meta).not.toContain('unsafe-inline')
  expect(response?.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`)
  // The inline stylesheet applies (the "could not load" box is hidden) and the inline first-paint
  // script runs (it marks a deep link's page), both allowed by their hashes; nothing was blocked.
  await expect(page.getByRole('button', { name: 'Reload' })).toBeHidden()
  await page.goto('./#/card')
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-boot'))).not.toBeNull()
  expect(violations).toEqual([])
  // It comes before every script, so it governs them all.
  const before = await page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')
    return [...document.scripts].every(
      (script) => meta && meta.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
  })
  expect(before).toBe(true)
})
