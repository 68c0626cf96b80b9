import { MASSAGE_NAMES, QUESTIONS, advise, recommend } from '../src/engine'
import { test, expect } from './fixtures'
import {
  ANSWER_SETS,
  LEADING_TYPES,
  TITLES,
  answerQuestion,
  button,
  completeQuiz,
  h1,
  openCheck,
  optionRadio,
  otherNames,
  passCheck,
  press,
  questionPrompt,
  screeningBox,
} from './flow'
import { GUIDE_TYPES } from '../src/test/guide-types'

test("the answer sets reach every type that can come first, and each of the guide's five can", () => {
  const tops = ANSWER_SETS.map((answers) => recommend(answers).ranked[0]?.type)
  expect(new Set(tops)).toEqual(new Set(LEADING_TYPES))
  expect(LEADING_TYPES).toEqual(expect.arrayContaining([...GUIDE_TYPES]))
})

// Every one on the 390 px phone; the first on the 320 px phone too (the 320 px layout tests walk the rest).
ANSWER_SETS.forEach((answers, i) => {
  const top = recommend(answers).ranked[0]?.type ?? 'swedish'
  const tag = i === 0 ? ' @phones' : ''
  test(`taps through the check and the quiz to ${MASSAGE_NAMES[top]}${tag}`, async ({ page }) => {
    await completeQuiz(page, answers)
    await expect(h1(page)).toContainText(MASSAGE_NAMES[top])
    await expect(page.getByText('Your best match')).toBeVisible()
    for (const name of otherNames(top)) await expect(h1(page)).not.toContainText(name)
  })
})

test('an urgent warning sign stops at "Get medical help now" with no massage names', async ({ page }) => {
  await openCheck(page)
  await press(screeningBox(page, 'saddle-numbness'))
  await expect(screeningBox(page, 'saddle-numbness')).toBeChecked()
  await press(button(page, 'Continue'))
  await expect(h1(page)).toHaveText(TITLES.stop)
  await expect(button(page, 'Back to the safety check')).toBeVisible()
  await expect(button(page, 'Start over')).toBeVisible()
  const text = await page.locator('body').innerText()
  for (const name of Object.values(MASSAGE_NAMES)) expect(text).not.toContain(name)
  expect(text).not.toMatch(/swedish|deep tissue|trigger point|myofascial|reflexology/i)
})

test('a reload on either page of the safety check keeps the ticks made so far', async ({ page }) => {
  await openCheck(page)
  await press(screeningBox(page, 'night-pain'))
  await expect(screeningBox(page, 'night-pain')).toBeChecked()
  await page.reload()
  await expect(h1(page)).toHaveText(TITLES.check)
  await expect(screeningBox(page, 'night-pain')).toBeChecked()
  await press(button(page, 'Continue'))
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await press(screeningBox(page, 'osteoporosis'))
  await page.reload()
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await expect(screeningBox(page, 'osteoporosis')).toBeChecked()
  await press(button(page, 'Back'))
  await expect(h1(page)).toHaveText(TITLES.check)
  await expect(screeningBox(page, 'night-pain')).toBeChecked()
})

test('pregnancy shows "See a doctor first" and never offers deep tissue massage', async ({ page }) => {
  const answers = ANSWER_SETS[1]!
  expect(recommend(answers).ranked[0]?.type).toBe('deep-tissue')
  const advice = advise(answers, ['pregnancy'])
  const top = advice.picks[0]?.type
  expect(top).toBeDefined()
  expect(advice.avoided.map((a) => a.type)).toContain('deep-tissue')

  await openCheck(page)
  await passCheck(page, ['pregnancy'])
  for (let n = 1; n <= QUESTIONS.length; n++) await answerQuestion(page, n, answers)

  // The outcome is the heading; the pick comes after it, only once a doctor agrees.
  await expect(h1(page)).toHaveText('See a doctor first')
  await expect(page.getByRole('status').filter({ hasText: 'See a doctor first' })).toBeVisible()
  const pick = page.getByRole('heading', { level: 2, name: MASSAGE_NAMES[top!], exact: true })
  await expect(pick).toBeVisible()
  await press(button(page, 'Ruled out for now'))
  const ruledOut = page.getByRole('region', { name: 'Ruled out for now' })
  await expect(ruledOut).toContainText(MASSAGE_NAMES['deep-tissue'])
  // Deep tissue appears only where it is ruled out: not as the pick, not among the options. With the
  // firm types out there may be no other pick above zero, and then no "Other options" at all.
  await expect(pick).not.toContainText(MASSAGE_NAMES['deep-tissue'])
  if (advice.picks.slice(1).some((p) => p.score > 0)) {
    await press(button(page, 'Other options'))
    await expect(page.getByRole('region', { name: 'Other options' })).not.toContainText(
      MASSAGE_NAMES['deep-tissue'],
    )
  } else {
    await expect(button(page, 'Other options')).toHaveCount(0)
  }
})

test('a reload at every question and on the result keeps the answers', async ({ page }) => {
  const answers = ANSWER_SETS[2]!
  const name = MASSAGE_NAMES[advise(answers, ['osteoporosis']).picks[0]!.type]
  await openCheck(page)
  await passCheck(page, ['osteoporosis'])

  for (let n = 1; n <= QUESTIONS.length; n++) {
    const q = QUESTIONS[n - 1]!
    await expect(h1(page)).toHaveText(q.prompt)
    await page.reload()
    await expect(h1(page)).toHaveText(q.prompt)
    if (q.kind === 'scale') {
      // The scale moves on by itself; back on it after a reload, the number is still chosen.
      await press(optionRadio(page, q.id, answers[q.id]))
      await expect(h1(page)).not.toHaveText(q.prompt)
      await press(button(page, 'Back'))
      await expect(h1(page)).toHaveText(q.prompt)
      await page.reload()
      await expect(optionRadio(page, q.id, answers[q.id])).toBeChecked()
      await press(button(page, 'Next'))
    } else {
      await answerQuestion(page, n, answers)
    }
  }
  await expect(h1(page)).toContainText(name)
  await expect(page).toHaveURL(/#\/result$/)
  await page.reload()
  await expect(h1(page)).toContainText(name)
  // Fragile bones rule out the type these answers alone put first: this is the next best, not a match.
  expect(advise(answers, []).picks[0]!.type).not.toBe(advise(answers, ['osteoporosis']).picks[0]!.type)
  await expect(page.getByText('The next best for you')).toBeVisible()
  await expect(page.getByText('Your best match')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Go ahead with care' })).toBeVisible()

  // Every question still shows its chosen option after a reload, and the check its ticks.
  for (let n = 1; n <= QUESTIONS.length; n++) {
    const q = QUESTIONS[n - 1]!
    await page.goto(`./#/q/${n}`)
    await page.reload()
    await expect(h1(page)).toHaveText(q.prompt)
    await expect(optionRadio(page, q.id, answers[q.id])).toBeChecked()
  }
  await page.goto('./#/check/2')
  await page.reload()
  await expect(screeningBox(page, 'osteoporosis')).toBeChecked()
  await expect(screeningBox(page, 'pregnancy')).not.toBeChecked()
})

test("the browser's back button returns to the previous question with its answer chosen", async ({
  page,
}) => {
  const answers = ANSWER_SETS[3]!
  await openCheck(page)
  await passCheck(page)
  for (let n = 1; n <= 3; n++) await answerQuestion(page, n, answers)
  await expect(h1(page)).toHaveText(questionPrompt(4))
  await page.goBack()
  await expect(h1(page)).toHaveText(questionPrompt(3))
  await expect(optionRadio(page, 'radiation', answers.radiation)).toBeChecked()
  await page.goBack()
  await expect(h1(page)).toHaveText(questionPrompt(2))
  await expect(optionRadio(page, 'duration', answers.duration)).toBeChecked()
  await page.goBack()
  await expect(h1(page)).toHaveText(questionPrompt(1))
  await expect(optionRadio(page, 'severity', answers.severity)).toBeChecked()
})

test('a fever rules out every type: the quiz stops straight after the safety check, with no questions @phones', async ({
  page,
}) => {
  await openCheck(page)
  await passCheck(page, ['fever'])
  await expect(h1(page)).toHaveText('No massage for now: see a doctor first')
  await expect(page).toHaveURL(/#\/no-massage$/)
  await expect(page.getByText(/Question \d of/)).toHaveCount(0)
  // A question's address leads back here while the fever is ticked.
  await page.goto('./#/q/1')
  await expect(h1(page)).toHaveText('No massage for now: see a doctor first')
  await press(button(page, 'Back to the safety check'))
  await expect(h1(page)).toHaveText(TITLES.check)
})
