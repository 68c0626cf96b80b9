import { MASSAGE_NAMES, QUESTIONS, SCREENING_ITEMS, advise } from '../src/engine'
import { fromShareHash, toShareHash, toShareHashAvoiding } from '../src/share/link'
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

test("Share copies a link that opens the sender's first pick on another device, adjusted for a condition it never names", async ({
  page,
  context,
  newContext,
  baseURL,
}) => {
  await copyInsteadOfShare(context)
  const answers = ANSWER_SETS[2]!
  const sender = advise(answers, ['osteoporosis'])
  const top = sender.picks[0]!.type
  const avoid = sender.avoided.map((a) => a.type)
  // Fragile bones rule out the type these answers alone would put first: the link must not headline it.
  const friendTop = advise(answers, []).picks[0]!.type
  expect(friendTop).not.toBe(top)
  expect(avoid).toContain(friendTop)

  await openCheck(page)
  await passCheck(page, ['osteoporosis'])
  for (let n = 1; n <= QUESTIONS.length; n++) await answerQuestion(page, n, answers)
  await expect(h1(page)).toContainText(MASSAGE_NAMES[top])

  await press(button(page, 'Share'))
  await expect(page.getByText('Link copied')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())

  // The link carries the answers and the ruled-out types, and no screening item.
  const url = new URL(link)
  expect(`${url.origin}${url.pathname}`).toBe(baseURL)
  expect(url.search).toBe('')
  expect(url.hash).toBe(toShareHashAvoiding(answers, avoid))
  expect(fromShareHash(url.hash)).toMatchObject({ ok: true, answers, avoid })
  for (const item of SCREENING_ITEMS) expect(link).not.toContain(item)

  const friend = await (await newContext()).newPage()
  await friend.goto(link)
  // The sender's own first pick, said to be adjusted for a health condition that is not named.
  await expect(h1(friend)).toContainText(MASSAGE_NAMES[top])
  await expect(friend.getByText(/^Adjusted for a health condition/)).toBeVisible()
  await expect(friend.getByText(/fragile bones|osteoporosis/i)).toHaveCount(0)
  await expect(friend.getByText('This is a shared result')).toBeVisible()
  await press(button(friend, 'Take the safety check'))
  await expect(h1(friend)).toHaveText(TITLES.check)
  await press(button(friend, 'None of these'))
  await expect(h1(friend)).toHaveText(TITLES.checkConditions)
  await expect(screeningBox(friend, 'osteoporosis')).not.toBeChecked()
  await press(button(friend, 'None of these'))
  await expect(h1(friend)).toContainText(MASSAGE_NAMES[friendTop])
  await expect(friend.getByText('Your best match')).toBeVisible()
  await expect(friend.getByText('This is a shared result')).toHaveCount(0)
})

test('a damaged link explains itself and "Take the quiz" starts the quiz', async ({ page }) => {
  const good = toShareHash(ANSWER_SETS[0]!)
  const last = good.charAt(good.length - 1)
  const damaged = good.slice(0, -1) + (last === '0' ? '1' : '0')
  const parsed = fromShareHash(damaged)
  expect(parsed.ok).toBe(false)

  await page.goto(`./${damaged}`)
  await expect(h1(page)).toHaveText(TITLES.linkProblem)
  if (!parsed.ok) await expect(page.getByText(parsed.reason)).toBeVisible()
  for (const name of Object.values(MASSAGE_NAMES)) await expect(h1(page)).not.toContainText(name)
  await press(button(page, 'Take the quiz'))
  await expect(h1(page)).toHaveText(TITLES.start)
  await press(page.getByRole('link', { name: 'Start', exact: true }))
  await passCheck(page)
  await expect(h1(page)).toHaveText(QUESTIONS[0]!.prompt)
})

test('an unknown address shows "Page not found" with a way back', async ({ page }) => {
  await page.goto('./#/no-such-page')
  await expect(h1(page)).toHaveText(TITLES.notFound)
  await press(page.getByRole('link', { name: 'Go to the start' }))
  await expect(h1(page)).toHaveText(TITLES.start)
})
