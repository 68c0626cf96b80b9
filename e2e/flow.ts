import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  MASSAGE_NAMES,
  MASSAGE_TYPES,
  QUESTIONS,
  SCREENING_TABLE,
  URGENT_ITEMS,
  recommend,
  type MassageType,
  type QuizAnswers,
  type ScreeningItem,
} from '../src/engine'
import { allAnswerSets, answerSet } from '../src/test/answer-sets'
import { acuteLight, chronicFirmNotStiff } from '../src/test/people'

export const TITLES = {
  start: 'Find the massage that suits your back',
  check: 'First, a quick safety check',
  checkConditions: 'Safety check: health conditions',
  stop: 'Get medical help now',
  card: 'For your therapist',
  linkProblem: "This link can't be opened",
  notFound: 'Page not found',
} as const

const lastTap = new WeakMap<Page, number>()

/**
 * Taps on a touch device, clicks otherwise: the phone projects act by touch. Taps come at least
 * 300 ms apart, as a person's separate taps do: two taps closer together in one spot are a double
 * tap, whose second half the app ignores on purpose (docs/decisions/0010-tap-guard.md).
 */
export async function press(target: Locator): Promise<void> {
  if (!test.info().project.use.hasTouch) return target.click()
  const page = target.page()
  const since = Date.now() - (lastTap.get(page) ?? 0)
  if (since < 300) await page.waitForTimeout(300 - since)
  await target.tap()
  lastTap.set(page, Date.now())
}

export function h1(page: Page): Locator {
  return page.getByRole('heading', { level: 1 })
}

export function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true })
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The radio for an answer: its label starts with the option's words (a hint may follow). */
export function optionRadio(
  page: Page,
  id: keyof QuizAnswers,
  value: QuizAnswers[keyof QuizAnswers],
): Locator {
  const question = QUESTIONS.find((q) => q.id === id)
  if (!question) throw new Error(`No question ${id}`)
  if (question.kind === 'scale') return page.getByRole('radio', { name: new RegExp(`^${value}\\b`) })
  const option = (question.options as readonly { value: unknown; label: string }[]).find(
    (o) => o.value === value,
  )
  if (!option) throw new Error(`No option ${String(value)} for ${id}`)
  return page.getByRole('radio', { name: new RegExp(`^${escape(option.label)}`) })
}

export function screeningBox(page: Page, item: ScreeningItem): Locator {
  const entry = SCREENING_TABLE.find((e) => e.item === item)
  if (!entry) throw new Error(`No screening item ${item}`)
  return page.getByRole('checkbox', { name: new RegExp(`^${escape(entry.prompt)}`) })
}

export function questionPrompt(n: number): string {
  const q = QUESTIONS[n - 1]
  if (!q) throw new Error(`No question ${n}`)
  return q.prompt
}

/** From the start page into the safety check. */
export async function openCheck(page: Page): Promise<void> {
  await page.goto('./')
  await expect(h1(page)).toHaveText(TITLES.start)
  await press(page.getByRole('link', { name: 'Start', exact: true }))
  await expect(h1(page)).toHaveText(TITLES.check)
}

/**
 * Both pages of the safety check, by touch, from its first page: ticks each item on its page
 * and moves on with the one button there ("None of these", or "Continue" once something on the
 * page is ticked). An urgent sign ends the check on the first page, leaving the stop screen.
 */
export async function passCheck(page: Page, items: readonly ScreeningItem[] = []): Promise<void> {
  const on = (group: 'warning-sign' | 'condition') =>
    items.filter((item) => SCREENING_TABLE.find((e) => e.item === item)?.group === group)
  const pages = [
    { title: TITLES.check, ticks: on('warning-sign') },
    { title: TITLES.checkConditions, ticks: on('condition') },
  ]
  for (const { title, ticks } of pages) {
    await expect(h1(page)).toHaveText(title)
    for (const item of ticks) {
      await press(screeningBox(page, item))
      await expect(screeningBox(page, item)).toBeChecked()
    }
    await press(button(page, ticks.length > 0 ? 'Continue' : 'None of these'))
    if (items.some((item) => URGENT_ITEMS.includes(item))) return
  }
}

/** Answers one question by touch, leaving the next screen showing. */
export async function answerQuestion(page: Page, n: number, answers: QuizAnswers): Promise<void> {
  const q = QUESTIONS[n - 1]
  if (!q) throw new Error(`No question ${n}`)
  await expect(h1(page)).toHaveText(q.prompt)
  await press(optionRadio(page, q.id, answers[q.id]))
  // A choice moves on by itself (the last one to the result), the pain scale too.
  await expect(h1(page)).not.toHaveText(q.prompt)
}

/** The safety check with "None of these" on both pages, then all seven questions, by touch. */
export async function completeQuiz(page: Page, answers: QuizAnswers): Promise<void> {
  await openCheck(page)
  await passCheck(page)
  for (let n = 1; n <= QUESTIONS.length; n++) await answerQuestion(page, n, answers)
}

export function otherNames(type: MassageType | null): string[] {
  return MASSAGE_TYPES.filter((t) => t !== type).map((t) => MASSAGE_NAMES[t])
}

/** Answer sets chosen by hand, one for each of the guide's types; each test asks the engine which type tops them. */
const HAND_PICKED: readonly QuizAnswers[] = [
  { ...acuteLight, severity: 4 },
  chronicFirmNotStiff,
  answerSet({
    severity: 5,
    duration: 'subacute',
    radiation: 'buttock-thigh',
    pressure: 'medium',
    knots: 'sharp',
    stiffness: false,
    stress: false,
  }),
  answerSet({
    severity: 8,
    duration: 'subacute',
    radiation: 'none',
    pressure: 'medium',
    knots: 'none',
    stiffness: true,
    stress: false,
  }),
  answerSet({
    severity: 3,
    duration: 'acute',
    radiation: 'none',
    pressure: 'no-back',
    knots: 'none',
    stiffness: false,
    stress: false,
  }),
]

const leader = (answers: QuizAnswers) => recommend(answers).ranked[0]?.type

/** The first answer set (in allAnswerSets order) that puts each type first with a clear check. */
const FIRST_LED_BY: ReadonlyMap<MassageType | undefined, QuizAnswers> = (() => {
  const first = new Map<MassageType | undefined, QuizAnswers>()
  for (const answers of allAnswerSets()) {
    const type = leader(answers)
    if (!first.has(type)) first.set(type, answers)
  }
  return first
})()

/**
 * Every type some answers put first with a clear safety check, in catalog order: what the quiz
 * walk-throughs must reach.
 */
export const LEADING_TYPES: readonly MassageType[] = MASSAGE_TYPES.filter((type) => FIRST_LED_BY.has(type))

/**
 * The hand-picked sets, then, for a type they do not reach (one added to the catalog later), the
 * first answer set that puts it first: every type that can lead is walked through.
 */
export const ANSWER_SETS: readonly QuizAnswers[] = [
  ...HAND_PICKED,
  ...LEADING_TYPES.filter((type) => !HAND_PICKED.some((a) => leader(a) === type)).map((type) =>
    FIRST_LED_BY.get(type)!,
  ),
]
