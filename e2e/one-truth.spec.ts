// One truth about the person (issue 17): the address of the own result, the link Share sends, the
// result after a warning sign noted at a check-in, and the check-in's own choices all say the same
// safe thing as the person's own screen.
import type { BrowserContextOptions, Page } from '@playwright/test'
import { MASSAGE_NAMES, QUESTIONS, SCREENING_TABLE, advise, type ScreeningItem } from '../src/engine'
import { paths } from '../src/shared/paths'
import { copyInsteadOfShare, test, expect } from './fixtures'
import {
  ANSWER_SETS,
  TITLES,
  answerQuestion,
  button,
  h1,
  openCheck,
  passCheck,
  press,
  screeningBox,
} from './flow'
import { openWithSaved } from './tour'

/** Likes firm pressure, with achy knots: deep tissue first, until a caution rules it out. */
const FIRM = ANSWER_SETS[1]!
const JOURNAL_TITLE = 'Your journal'

/** A second phone, the size of this project's: nothing saved, nothing shared with the first. */
function phoneOptions(): BrowserContextOptions {
  const { viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = test.info().project.use
  return { viewport, isMobile, hasTouch, userAgent, deviceScaleFactor }
}

const short = (item: ScreeningItem) => SCREENING_TABLE.find((e) => e.item === item)!.short

/** The safety check with these items, then every question, by touch: the own result shows. */
async function finishQuiz(page: Page, items: readonly ScreeningItem[]) {
  await openCheck(page)
  await passCheck(page, items)
  for (let n = 1; n <= QUESTIONS.length; n++) await answerQuestion(page, n, FIRM)
  const top = advise(FIRM, items).picks[0]!.type
  await expect(h1(page)).toContainText(MASSAGE_NAMES[top])
  return top
}

/**
 * The own result from saved answers (the store's own save format), for the tests about what
 * follows the result; the walk to it is the test above's and e2e/quiz.spec.ts's.
 */
async function savedResult(page: Page, items: ScreeningItem[]) {
  await openWithSaved(page, paths.result(), FIRM, items)
  const top = advise(FIRM, items).picks[0]!.type
  await expect(h1(page)).toContainText(MASSAGE_NAMES[top])
  return top
}

/** From the own result to the journal, by its plan: the way a person gets there. */
async function planFromResult(page: Page) {
  await press(page.getByRole('link', { name: 'Try it for 6 weeks' }))
  await expect(h1(page)).toHaveText('Your 6-week plan')
  await press(button(page, 'Save the plan'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
}

/** "Add a check-in", then these new warning signs (ticked and Continue). */
async function noteSigns(page: Page, items: readonly ScreeningItem[]) {
  await press(page.getByRole('link', { name: 'Add a check-in' }))
  await expect(h1(page)).toHaveText('Any new warning signs?')
  for (const item of items) await press(screeningBox(page, item))
  await press(button(page, 'Continue'))
}

test("the own result's address shows no ruled-out type or firmer pressure on another phone; the link Share sends shows the sender's first pick, adjusted", async ({
  page,
  context,
  newContext,
}) => {
  await copyInsteadOfShare(context)
  const items: ScreeningItem[] = ['osteoporosis']
  const sender = advise(FIRM, items)
  const ruledOut = sender.avoided.map((a) => MASSAGE_NAMES[a.type])
  // Without the caution, these answers would put a ruled-out type first, with firm pressure.
  expect(ruledOut).toContain(MASSAGE_NAMES[advise(FIRM, []).picks[0]!.type])
  const top = await finishQuiz(page, items)
  await expect(page.getByText(/^Ask for: a 60-minute .*, light pressure only\./)).toBeVisible()
  const senderName = (await h1(page).textContent()) ?? ''
  expect(senderName).toContain(MASSAGE_NAMES[top])

  // What a phone browser's own Share or Copy link sends: the address bar.
  const own = page.url()
  expect(new URL(own).hash).toBe('#/result')
  const other = await (await newContext(phoneOptions())).newPage()
  await other.goto(own)
  await expect(h1(other)).toHaveText('No result on this phone yet')
  const seen = (await other.locator('main').innerText()).toLowerCase()
  for (const name of Object.values(MASSAGE_NAMES)) expect(seen).not.toContain(name.toLowerCase())
  expect(seen).not.toMatch(/firm|pressure/)
  await expect(other.getByRole('link', { name: 'Take the safety check' })).toBeVisible()

  // The app's Share button: the link carries the answers and what the check ruled out.
  await press(button(page, 'Share'))
  await expect(page.getByText('Link copied')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  const friend = await (await newContext(phoneOptions())).newPage()
  await friend.goto(link)
  await expect(h1(friend)).toHaveText(senderName)
  await expect(friend.getByText(/^Adjusted for a health condition/)).toBeVisible()
  await expect(friend.getByText('This is a shared result')).toBeVisible()
  // Every section open: no ruled-out type anywhere, not even as "less suited".
  const closed = friend.locator('.result-section button[aria-expanded="false"]')
  while ((await closed.count()) > 0) await press(closed.first())
  const shared = await friend.locator('main').innerText()
  for (const name of ruledOut) expect(shared).not.toContain(name)
  expect(shared).not.toMatch(/fragile bones|osteoporosis/i)
})

test('a see-a-doctor sign noted at a check-in turns the result to "See a doctor first"', async ({ page }) => {
  const top = await savedResult(page, [])
  await expect(page.getByRole('main').getByText('Go ahead', { exact: true })).toBeVisible()
  await planFromResult(page)

  await noteSigns(page, ['weight-loss'])
  await expect(h1(page)).toHaveText(
    'Ask for an urgent appointment with a doctor today or tomorrow, before any more massage',
  )
  await expect(
    page.getByText('We have noted this in your journal, and your result follows it.'),
  ).toBeVisible()
  await press(button(page, 'Go on to the check-in'))
  await expect(h1(page)).toHaveText('Check-in')
  await press(button(page, 'Cancel'))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  await expect(page.getByRole('note')).toContainText(
    'Ask for an urgent appointment with a doctor today or tomorrow, before any more massage',
  )

  // The result, as the person opens it again.
  await page.goto('./#/result')
  await expect(h1(page)).toHaveText('See a doctor first')
  await expect(page.getByRole('status')).toContainText(`${short('weight-loss')} (noted at your check-in on`)
  await expect(page.getByText('Your best match')).toHaveCount(0)
  // The match before the sign was a type the sign rules out: it is no longer the pick.
  expect(advise(FIRM, ['weight-loss']).avoided.map((a) => a.type)).toContain(top)
  await expect(page.getByRole('heading', { name: MASSAGE_NAMES[top] })).toHaveCount(0)
  await expect(page.getByText(/^If your doctor agrees, ask for a 60-minute/)).toBeVisible()
})

test('an urgent sign at a check-in is in the journal after the stop screen', async ({ page }) => {
  await page.goto('./#/journal')
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  await expect(page.getByText('No check-ins yet')).toBeVisible()

  await noteSigns(page, ['leg-weakness'])
  await expect(h1(page)).toHaveText(TITLES.stop)
  await expect(page.getByRole('link', { name: /^Call / })).toBeVisible()
  await expect(button(page, 'Back to the safety check')).toHaveCount(0)
  await press(page.getByRole('link', { name: 'Back to your journal' }))
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  const noted = page.getByRole('region', { name: 'Warning signs you noted' })
  await expect(noted).toContainText(short('leg-weakness'))
  await expect(page.getByRole('note')).toContainText('Get medical help now')

  // It is saved: a reload keeps it, and the journal still says what to do.
  await page.reload()
  await expect(h1(page)).toHaveText(JOURNAL_TITLE)
  await expect(page.getByRole('region', { name: 'Warning signs you noted' })).toContainText(
    short('leg-weakness'),
  )
  await press(page.getByRole('link', { name: 'What to do now' }))
  await expect(h1(page)).toHaveText(TITLES.stop)
})

test('the check-in lists no type and no pressure the safety check rules out', async ({ page }) => {
  const items: ScreeningItem[] = ['osteoporosis']
  await savedResult(page, items)
  await planFromResult(page)
  await press(page.getByRole('link', { name: 'Add a check-in' }))
  await expect(h1(page)).toHaveText('Any new warning signs?')
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText('Check-in')
  await press(page.getByRole('radio', { name: 'After a session' }))

  const types = page.getByRole('group', { name: 'Which massage?' })
  const offered = await types
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value))
  const avoided = advise(FIRM, items).avoided.map((a) => a.type)
  expect(avoided.length).toBeGreaterThan(0)
  expect(offered.length).toBeGreaterThan(0)
  for (const type of avoided) expect(offered).not.toContain(type)
  await expect(page.getByRole('group', { name: 'What pressure?' }).getByRole('radio')).toHaveCount(1)
  await expect(page.getByRole('radio', { name: 'Light', exact: true })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Firm', exact: true })).toHaveCount(0)
})
