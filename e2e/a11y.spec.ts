import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { dropRefusedLoads, expect, refuseApp, test } from './fixtures'
import { reach, type ScreenName } from './tour'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function audit(page: Page, label: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return violations.map(
    (v) => `${label}: ${v.id} (${v.impact ?? ''}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

// Start, the safety check's two pages, stop, a severity and a choice question, own result (with a banner),
// shared result, the therapist card, the link problem and not found.
const AUDITED: { name: ScreenName; dark: boolean }[] = [
  { name: 'Start', dark: true },
  { name: 'Safety check', dark: false },
  { name: 'Health conditions', dark: true },
  { name: 'Stop', dark: false },
  { name: 'Question 1', dark: true },
  { name: 'Question 2', dark: true },
  { name: 'Result', dark: true },
  { name: 'Shared result', dark: false },
  { name: 'Therapist card', dark: false },
  { name: 'Link problem', dark: false },
  { name: 'Not found', dark: false },
]

for (const { name, dark } of AUDITED) {
  test(`${name} passes axe (WCAG 2.2 AA)${dark ? ' in light and dark' : ''}`, async ({ page }) => {
    await reach(page, name)
    const violations = await audit(page, `${name} (light)`)
    if (dark) {
      await page.emulateMedia({ colorScheme: 'dark' })
      await expect
        .poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
        .toBe(true)
      violations.push(...(await audit(page, `${name} (dark)`)))
    }
    expect(violations, violations.join('\n')).toEqual([])
  })
}

test('the "could not load" message passes axe (WCAG 2.2 AA) in light and dark', async ({
  page,
  problems,
}) => {
  await refuseApp(page)
  await page.goto('./#/r/')
  await expect(page.getByText('Massage Match could not load')).toBeVisible()
  const violations = await audit(page, 'could not load (light)')
  await page.emulateMedia({ colorScheme: 'dark' })
  violations.push(...(await audit(page, 'could not load (dark)')))
  expect(violations, violations.join('\n')).toEqual([])
  // The refused file is this test's own doing.
  dropRefusedLoads(problems)
})
