import { expect, type Page } from '@playwright/test'
import { MASSAGE_NAMES, QUESTIONS, advise, type QuizAnswers, type ScreeningItem } from '../src/engine'
import { paths } from '../src/shared/paths'
import { toShareHashAvoiding } from '../src/share/link'
import { ANSWER_SETS, TITLES, answerQuestion, button, h1, openCheck, press, screeningBox } from './flow'

export type ScreenName =
  | 'Start'
  | 'Safety check'
  | 'Health conditions'
  | 'Stop'
  | `Question ${number}`
  | 'Result'
  | 'Therapist card'
  | 'Shared result'
  | 'Link problem'
  | 'Not found'

/** Answers whose top pick is safe with a caution flag, so the result shows a banner. */
const TOUR_ANSWERS: QuizAnswers = ANSWER_SETS[0] as QuizAnswers

/** Opens every section of the result that opens on demand. */
async function openAllSections(page: Page): Promise<void> {
  const closed = page.locator('.result-section button[aria-expanded="false"]')
  while ((await closed.count()) > 0) await press(closed.first())
}

/**
 * Walks through every screen by touch, as a person would, and calls `visit` on arrival at
 * each (after its heading shows). The own result opens with "Go ahead with care".
 */
export async function tour(page: Page, visit: (name: ScreenName) => Promise<void>): Promise<void> {
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  await visit('Start')

  await openCheck(page)
  await visit('Safety check')
  await press(screeningBox(page, 'leg-weakness'))
  await press(button(page, 'Continue'))
  await expect(h1(page)).toHaveText(TITLES.stop)
  await visit('Stop')

  await press(button(page, 'Back to the safety check'))
  await expect(h1(page)).toHaveText(TITLES.check)
  await screeningBox(page, 'leg-weakness').setChecked(false)
  await press(button(page, 'None of these'))
  await expect(h1(page)).toHaveText(TITLES.checkConditions)
  await visit('Health conditions')
  await press(screeningBox(page, 'osteoporosis'))
  await press(button(page, 'Continue'))

  for (let n = 1; n <= QUESTIONS.length; n++) {
    await expect(h1(page)).toHaveText(QUESTIONS[n - 1]?.prompt ?? '')
    await visit(`Question ${n}`)
    await answerQuestion(page, n, TOUR_ANSWERS)
  }

  const top = advise(TOUR_ANSWERS, ['osteoporosis']).picks[0]?.type
  if (!top) throw new Error('The tour answers must leave a pick')
  await expect(h1(page)).toContainText(MASSAGE_NAMES[top])
  await expect(page.getByRole('status').filter({ hasText: 'Go ahead with care' })).toBeVisible()
  // Every section open, so the checks see what is in them too.
  await openAllSections(page)
  await visit('Result')

  await press(page.getByRole('link', { name: 'Show this to your therapist' }))
  await expect(h1(page)).toHaveText(TITLES.card)
  await visit('Therapist card')

  // A shared result: the link Share sends, on a device with no saved answers.
  await page.evaluate(() => localStorage.clear())
  await page.goto('about:blank')
  await page.goto(`./#${SHARED}`)
  await expect(page.getByText('This is a shared result')).toBeVisible()
  await visit('Shared result')

  await page.goto(`./#/r/1zzzzzzzz`)
  await expect(h1(page)).toHaveText(TITLES.linkProblem)
  await visit('Link problem')

  await page.goto('./#/no-such-page')
  await expect(h1(page)).toHaveText(TITLES.notFound)
  await visit('Not found')
}

/**
 * Saved progress as the store keeps it (localStorage "massage-match", see docs/ui-contract.md),
 * so one screen can be opened directly. The walk through the screens is tested elsewhere.
 */
export async function openWithSaved(
  page: Page,
  route: string,
  answers: Partial<QuizAnswers>,
  screening: ScreeningItem[] | null,
): Promise<void> {
  await page.goto('./')
  await page.evaluate(
    (saved) => localStorage.setItem('massage-match', JSON.stringify({ state: saved, version: 1 })),
    { answers, screening },
  )
  // A full load (not a hash change) so the store reads what was saved.
  await page.goto('about:blank')
  await page.goto(`./#${route}`)
}

/** The link Share sends for the tour's person (fragile bones): their answers and the types ruled out. */
const SHARED = toShareHashAvoiding(
  TOUR_ANSWERS,
  advise(TOUR_ANSWERS, ['osteoporosis']).avoided.map((a) => a.type),
).slice(1)

/** Opens one screen the quickest way and waits for its heading. */
export async function reach(page: Page, name: ScreenName): Promise<void> {
  switch (name) {
    case 'Start':
      await page.goto('./')
      await expect(h1(page)).toHaveText(TITLES.start)
      return
    case 'Safety check':
      await openCheck(page)
      return
    case 'Health conditions':
      await openCheck(page)
      await press(button(page, 'None of these'))
      await expect(h1(page)).toHaveText(TITLES.checkConditions)
      return
    case 'Stop':
      await openCheck(page)
      await press(screeningBox(page, 'leg-weakness'))
      await press(button(page, 'Continue'))
      await expect(h1(page)).toHaveText(TITLES.stop)
      return
    case 'Result':
      await openWithSaved(page, paths.result(), TOUR_ANSWERS, ['osteoporosis'])
      await expect(page.getByText('Your best match')).toBeVisible()
      await expect(page.getByRole('status').filter({ hasText: 'Go ahead with care' })).toBeVisible()
      await openAllSections(page)
      return
    case 'Therapist card':
      await openWithSaved(page, '/card', TOUR_ANSWERS, ['osteoporosis'])
      await expect(h1(page)).toHaveText(TITLES.card)
      return
    case 'Shared result':
      await page.goto(`./#${SHARED}`)
      await expect(page.getByText('This is a shared result')).toBeVisible()
      return
    case 'Link problem':
      await page.goto('./#/r/1zzzzzzzz')
      await expect(h1(page)).toHaveText(TITLES.linkProblem)
      return
    case 'Not found':
      await page.goto('./#/no-such-page')
      await expect(h1(page)).toHaveText(TITLES.notFound)
      return
    default: {
      const n = Number(name.replace('Question ', ''))
      const before = Object.fromEntries(QUESTIONS.slice(0, n - 1).map((q) => [q.id, TOUR_ANSWERS[q.id]]))
      await openWithSaved(page, `/q/${n}`, before, [])
      await expect(h1(page)).toHaveText(QUESTIONS[n - 1]?.prompt ?? '')
    }
  }
}
