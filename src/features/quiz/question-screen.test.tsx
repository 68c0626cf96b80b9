import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { advise, allowedValues, answerLabel, MASSAGE_NAMES, QUESTIONS, type QuizAnswers } from '../../engine'
import { useQuizStore } from '../../state/quiz-store'
import { currentPath, renderApp, saveProgress } from '../../test/render-app'
import { chronicFirm } from '../../test/people'
import { paths } from '../../shared/paths'

/** Every question answered. */
const FULL = chronicFirm

function prompt(n: number): string {
  const question = QUESTIONS[n - 1]
  if (!question) throw new Error(`no question ${n}`)
  return question.prompt
}

/**
 * Answers the questions from number `from` to the last, each with the value FULL has (a question
 * added after these tests were written takes its first value there), and checks that the last one
 * says it leads to the result.
 */
async function answerTheRest(user: ReturnType<typeof renderApp>['user'], from: number) {
  for (let n = from; n <= QUESTIONS.length; n++) {
    const question = QUESTIONS[n - 1]!
    await screen.findByRole('heading', { level: 1, name: question.prompt })
    if (n === QUESTIONS.length)
      expect(screen.getByRole('button', { name: 'See my result' })).toBeInTheDocument()
    const value = FULL[question.id] ?? allowedValues(question.id)[0]
    await user.click(screen.getByRole('radio', { name: answerLabel(question.id, value) }))
  }
}

/** The safety check done with nothing ticked, and these answers given. */
function doneCheck(answers: Partial<QuizAnswers> = {}) {
  saveProgress({ screening: [], answers })
}

afterEach(() => {
  vi.useRealTimers()
})

test('the safety check with "None of these" and seven answers reach the result for those answers', async () => {
  const { user } = renderApp('/')
  await user.click(screen.getByRole('link', { name: 'Start' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' })).toHaveFocus()
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  await screen.findByRole('heading', { level: 1, name: 'Safety check: health conditions' })
  await user.click(screen.getByRole('button', { name: 'None of these' }))

  expect(await screen.findByRole('heading', { level: 1, name: prompt(1) })).toHaveFocus()
  expect(within(screen.getByRole('main')).getByText(`Question 1 of ${QUESTIONS.length}`)).toBeInTheDocument()
  await user.click(screen.getByRole('radio', { name: '4' }))
  await user.click(screen.getByRole('button', { name: 'Next' }))

  const picks = [
    'More than 12 weeks',
    'No, it stays in my lower back',
    'Firm and deep',
    'Yes, tight and achy knots',
  ]
  for (const [i, label] of picks.entries()) {
    await screen.findByRole('heading', { level: 1, name: prompt(i + 2) })
    await user.click(screen.getByLabelText(label))
  }
  await screen.findByRole('heading', { level: 1, name: prompt(6) })
  await user.click(screen.getByRole('radio', { name: 'Yes, it feels tight or stiff' }))
  await answerTheRest(user, 7)

  await waitFor(() => expect(currentPath()).toBe(paths.result()))
  expect(useQuizStore.getState().answers).toEqual(FULL)
  const top = advise(FULL, []).picks[0]
  if (!top) throw new Error('these answers have a top pick')
  expect(await screen.findByRole('heading', { level: 1, name: MASSAGE_NAMES[top.type] })).toBeInTheDocument()
})

test('a question shows its progress as text and as a progress bar', async () => {
  doneCheck({ severity: 2, duration: 'acute' })
  renderApp('/q/3')
  expect(
    await within(screen.getByRole('main')).findByText(`Question 3 of ${QUESTIONS.length}`),
  ).toBeInTheDocument()
  const bar = screen.getByRole('progressbar', { name: 'Quiz progress' })
  expect(bar).toHaveAttribute('aria-valuenow', '3')
  expect(bar).toHaveAttribute('aria-valuemax', String(QUESTIONS.length))
  expect(screen.getByRole('radiogroup', { name: prompt(3) })).toBeInTheDocument()
  // Screen readers hear the step after the heading that takes focus.
  const live = document.querySelector('[aria-live="polite"]')
  expect(live).toHaveTextContent(`Question 3 of ${QUESTIONS.length}`)
  expect(document.title).toBe(`${prompt(3)} – Massage Match`)
})

test('severity offers eleven choices from 0 to 10 with word anchors, and a tap moves on like every question', async () => {
  doneCheck()
  const { user } = renderApp('/q/1')
  const group = await screen.findByRole('radiogroup', { name: prompt(1) })
  const radios = within(group).getAllByRole('radio')
  expect(radios.map((r) => r.getAttribute('value'))).toEqual([
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '10',
  ])
  expect(within(group).getByRole('radio', { name: '0' })).toHaveAccessibleDescription('No pain')
  expect(within(group).getByRole('radio', { name: '5' })).toHaveAccessibleDescription('Moderate')
  expect(within(group).getByRole('radio', { name: '10' })).toHaveAccessibleDescription('Worst imaginable')

  await user.click(within(group).getByRole('radio', { name: '7' }))
  expect(within(group).getByRole('radio', { name: '7' })).toBeChecked()
  await waitFor(() => expect(currentPath()).toBe('/q/2'))
  expect(useQuizStore.getState().answers.severity).toBe(7)
})

test('tapping an option moves on after a short beat', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  doneCheck({ severity: 3 })
  const { user } = renderApp('/q/2', { user: { advanceTimers: vi.advanceTimersByTime } })
  await user.click(await screen.findByRole('radio', { name: 'Less than 6 weeks' }))
  expect(screen.getByRole('radio', { name: 'Less than 6 weeks' })).toBeChecked()
  expect(currentPath()).toBe('/q/2')
  await act(() => vi.advanceTimersByTimeAsync(250))
  expect(currentPath()).toBe('/q/3')
  expect(await screen.findByRole('heading', { level: 1, name: prompt(3) })).toHaveFocus()
})

test('with reduced motion, a tap moves on at once', async () => {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }))
  doneCheck({ severity: 3 })
  const { user } = renderApp('/q/2')
  await user.click(await screen.findByRole('radio', { name: '6 to 12 weeks' }))
  await waitFor(() => expect(currentPath()).toBe('/q/3'))
  vi.unstubAllGlobals()
})

test('keyboard only: arrow keys change the choice without moving on, Enter moves on', async () => {
  doneCheck({ severity: 3, duration: 'acute' })
  const { user } = renderApp('/q/3')
  await screen.findByRole('heading', { level: 1, name: prompt(3) })
  await user.tab()
  expect(screen.getByRole('radio', { name: 'No, it stays in my lower back' })).toHaveFocus()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('radio', { name: 'Into my buttock or thigh' })).toBeChecked()
  await user.keyboard('{ArrowDown}')
  expect(screen.getByRole('radio', { name: 'Down my leg, below the knee' })).toBeChecked()
  await new Promise((resolve) => setTimeout(resolve, 400))
  expect(currentPath()).toBe('/q/3')
  expect(useQuizStore.getState().answers.radiation).toBe('below-knee')

  await user.keyboard('{Enter}')
  expect(await screen.findByRole('heading', { level: 1, name: prompt(4) })).toHaveFocus()
  expect(currentPath()).toBe('/q/4')
})

test('keyboard only: Tab reaches Next, which moves on', async () => {
  doneCheck()
  const { user } = renderApp('/q/1')
  await screen.findByRole('heading', { level: 1, name: prompt(1) })
  await user.tab()
  await user.keyboard('{ArrowRight}{ArrowRight}')
  expect(screen.getByRole('radio', { name: '2' })).toBeChecked()
  await user.tab() // Why we ask
  await user.tab() // Back
  await user.tab() // Next
  expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(await screen.findByRole('heading', { level: 1, name: prompt(2) })).toBeInTheDocument()
  expect(useQuizStore.getState().answers.severity).toBe(2)
})

test('Next with nothing chosen explains why it cannot go on', async () => {
  doneCheck()
  const { user } = renderApp('/q/1')
  const next = await screen.findByRole('button', { name: 'Next' })
  await user.click(next)
  expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer to go on')
  expect(next).toHaveAccessibleDescription('Choose an answer to go on')
  expect(currentPath()).toBe('/q/1')
  await user.click(screen.getByRole('radio', { name: '1' }))
  expect(screen.queryByText('Choose an answer to go on')).not.toBeInTheDocument()
})

test('Back goes to the previous question, and from the first to the safety check', async () => {
  doneCheck({ severity: 3, duration: 'acute' })
  const { user } = renderApp('/q/2')
  await user.click(await screen.findByRole('button', { name: 'Back' }))
  expect(await screen.findByRole('heading', { level: 1, name: prompt(1) })).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: '3' })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Back' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' }),
  ).toBeInTheDocument()
})

test('the browser back button returns to the previous question with its answer', async () => {
  doneCheck()
  const { user } = renderApp('/q/1')
  await user.click(await screen.findByRole('radio', { name: '8' }))
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await screen.findByRole('heading', { level: 1, name: prompt(2) })
  act(() => window.history.back())
  expect(await screen.findByRole('heading', { level: 1, name: prompt(1) })).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: '8' })).toBeChecked()
})

test('the "Why we ask" disclosure holds the reason for the question', async () => {
  doneCheck()
  const { user } = renderApp('/q/1')
  const summary = await screen.findByText('Why we ask')
  const why = QUESTIONS[0]?.why ?? ''
  expect(screen.getByText(why)).not.toBeVisible()
  await user.click(summary)
  expect(screen.getByText(why)).toBeVisible()
})

test('a deep link past the unanswered questions goes to the first unanswered one', async () => {
  doneCheck({ severity: 5, duration: 'acute' })
  renderApp('/q/5')
  expect(await screen.findByRole('heading', { level: 1, name: prompt(3) })).toBeInTheDocument()
  expect(currentPath()).toBe('/q/3')
})

test('on a fresh phone a question link goes to the safety check first', async () => {
  renderApp('/q/5')
  expect(
    await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' }),
  ).toBeInTheDocument()
  expect(currentPath()).toBe('/check')
})

test('after an urgent sign a question link goes to the stop screen', async () => {
  saveProgress({ screening: ['leg-weakness'] })
  renderApp('/q/1')
  expect(await screen.findByRole('heading', { level: 1, name: 'Get medical help now' })).toBeInTheDocument()
})

test.each(['/q/0', `/q/${QUESTIONS.length + 1}`, '/q/99', '/q/abc', '/q/1.5', '/q/01'])(
  '%s is not found',
  async (path) => {
    doneCheck()
    renderApp(path)
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
  },
)

test('with every answer given, any question can be revisited and the last one leads to the result', async () => {
  doneCheck(FULL)
  const { user } = renderApp(`/q/${QUESTIONS.length}`)
  expect(screen.getByRole('radio', { name: 'No, not really' })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'See my result' }))
  await waitFor(() => expect(currentPath()).toBe(paths.result()))
  const top = advise(FULL, []).picks[0]!
  expect(await screen.findByRole('heading', { level: 1, name: MASSAGE_NAMES[top.type] })).toBeInTheDocument()
})

test('with storage that cannot be written (a full disk), the answers of this visit are kept to the result', async () => {
  doneCheck({ severity: 4, duration: 'chronic', radiation: 'none', pressure: 'firm', knots: 'achy' })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  const { user } = renderApp('/q/6')
  await user.click(await screen.findByRole('radio', { name: 'Yes, it feels tight or stiff' }))
  await answerTheRest(user, 7)
  await waitFor(() => expect(currentPath()).toBe(paths.result()))
  expect(useQuizStore.getState().answers).toEqual(FULL)
  const top = advise(FULL, []).picks[0]!
  expect(await screen.findByRole('heading', { level: 1, name: MASSAGE_NAMES[top.type] })).toBeInTheDocument()
})
