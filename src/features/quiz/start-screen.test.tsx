import { cleanup, screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { advise, MASSAGE_NAMES, QUESTIONS } from '../../engine'
import { reloadSaved, useQuizStore } from '../../state/quiz-store'
import { CORRUPT_NOTICE, PARTLY_CORRUPT_NOTICE, SAVE_KEY, SAVE_VERSION } from '../../state/saved-progress'
import { currentPath, renderApp } from '../../test/render-app'
import { answerSet } from '../../test/answer-sets'
import { paths } from '../../shared/paths'

const HEADING = 'Find the massage that suits your back'

/** Puts raw text in storage and reads it as a freshly opened app would. */
async function openWithSaved(raw: string) {
  localStorage.setItem(SAVE_KEY, raw)
  reloadSaved()
}

const saved = (state: unknown, version: number = SAVE_VERSION) => JSON.stringify({ state, version })

test('a first visit explains the app and offers one Start button', async () => {
  const { user } = renderApp('/')
  // The start page is the page as loaded: the app, arriving once the page is idle, leaves focus
  // and scroll where the person has them.
  expect(await screen.findByRole('heading', { level: 1, name: HEADING })).not.toHaveFocus()
  expect(screen.getByText(/takes a few minutes/i)).toBeInTheDocument()
  expect(screen.getByText(/answers stay on this phone/i)).toBeInTheDocument()
  expect(screen.getByText(/not a diagnosis/i)).toBeInTheDocument()
  // Start is a link, so it works in the prerendered page before the app's JavaScript has run.
  expect(screen.queryAllByRole('button')).toEqual([])
  expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '#/check')
  await user.click(screen.getByRole('link', { name: 'Start' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' }),
  ).toBeInTheDocument()
})

test('a reload mid-quiz keeps the answers, and Continue goes to the first unanswered question', async () => {
  const first = renderApp('/')
  await first.user.click(await screen.findByRole('link', { name: 'Start' }))
  await first.user.click(await screen.findByRole('button', { name: 'None of these' }))
  await screen.findByRole('heading', { level: 1, name: 'Safety check: health conditions' })
  await first.user.click(screen.getByRole('button', { name: 'None of these' }))
  await first.user.click(await screen.findByRole('radio', { name: '6' }))
  await first.user.click(screen.getByRole('button', { name: 'Next' }))
  await first.user.click(await screen.findByLabelText('6 to 12 weeks'))
  await screen.findByRole('heading', { level: 1, name: QUESTIONS[2]?.prompt })

  // Reload: a new page reads only what was saved.
  cleanup()
  const raw = localStorage.getItem(SAVE_KEY) ?? ''
  useQuizStore.setState(useQuizStore.getInitialState(), true)
  await openWithSaved(raw)

  const { user } = renderApp('/')
  expect(await screen.findByRole('heading', { level: 1, name: HEADING })).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Start' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByRole('heading', { level: 1, name: QUESTIONS[2]?.prompt })).toBeInTheDocument()
  expect(currentPath()).toBe('/q/3')
  await user.click(screen.getByRole('button', { name: 'Back' }))
  expect(await screen.findByRole('heading', { level: 1, name: QUESTIONS[1]?.prompt })).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: '6 to 12 weeks' })).toBeChecked()
})

test('a reload on a question page stays on that question', async () => {
  await openWithSaved(saved({ answers: { severity: 2 }, screening: [] }))
  renderApp('/q/2')
  expect(await screen.findByRole('heading', { level: 1, name: QUESTIONS[1]?.prompt })).toHaveFocus()
})

test.each([
  ['the safety check when it is not done', { answers: { severity: 3 }, screening: null }, '/check'],
  ['the stop screen after an urgent sign', { answers: {}, screening: ['leg-weakness'] }, '/stop'],
  ['question 1 after the safety check', { answers: {}, screening: [] }, '/q/1'],
  [
    'the stop screen after an urgent sign noted at a check-in',
    { answers: {}, screening: [], noted: [{ item: 'leg-weakness', day: '2026-06-03' }] },
    '/stop',
  ],
])('Continue goes to %s', async (_, state, path) => {
  await openWithSaved(saved(state))
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1 })
  expect(currentPath()).toBe(path)
})

test('Continue with every answer given goes to the result', async () => {
  const answers = answerSet({
    severity: 1,
    duration: 'chronic',
    radiation: 'below-knee',
    pressure: 'medium',
    knots: 'sharp',
    stiffness: true,
    stress: true,
  })
  await openWithSaved(saved({ answers, screening: [] }))
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Continue' }))
  expect(currentPath()).toBe(paths.result())
  const top = advise(answers, []).picks[0]!
  expect(await screen.findByRole('heading', { level: 1, name: MASSAGE_NAMES[top.type] })).toBeInTheDocument()
})

test('Start over clears the saved progress', async () => {
  await openWithSaved(saved({ answers: { severity: 3, duration: 'acute' }, screening: ['pregnancy'] }))
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Start over' }))
  expect(screen.getByRole('link', { name: 'Start' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 1, name: HEADING })).toHaveFocus()
  expect(useQuizStore.getState().answers).toEqual({})
  expect(useQuizStore.getState().screening).toBeNull()
  // Nothing left to save: the record goes, so the next visit is a first visit again (public/boot.js).
  expect(localStorage.getItem(SAVE_KEY)).toBeNull()
})

test('ticks on an unfinished safety check count as progress: Continue returns to them, Start over clears them', async () => {
  await openWithSaved(saved({ answers: {}, screening: null, ticked: ['weight-loss'] }))
  const first = renderApp('/')
  await first.user.click(await screen.findByRole('button', { name: 'Continue' }))
  expect(await screen.findByRole('checkbox', { name: /losing weight/i })).toBeChecked()
  cleanup()
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Start over' }))
  expect(useQuizStore.getState().ticked).toEqual([])
  await user.click(screen.getByRole('link', { name: 'Start' }))
  expect(await screen.findByRole('checkbox', { name: /losing weight/i })).not.toBeChecked()
})

test.each([
  ['text that is not JSON', '{"state": {"answers": {"severity": 4'],
  ['answers of the wrong types', saved({ answers: { severity: 'high', duration: 42 }, screening: 'yes' })],
  ['answers that are no object', saved({ answers: [1, 2, 3], screening: null })],
  ['a state that is no object', saved('hello')],
  ['another shape under an unknown version', saved({ quiz: { step: 3 } }, 99)],
])('%s starts clean with the notice', async (_, raw) => {
  await openWithSaved(raw)
  const { user } = renderApp('/')
  const status = await screen.findByText(CORRUPT_NOTICE)
  expect(status.closest('[role="status"]')).not.toBeNull()
  expect(screen.getByRole('link', { name: 'Start' })).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Start' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' }),
  ).toBeInTheDocument()
})

test('a partly valid save keeps the valid answers and asks to check them', async () => {
  await openWithSaved(
    saved({
      answers: { severity: 4, duration: 'forever', radiation: 'none' },
      screening: ['fever', 'bogus'],
    }),
  )
  const { user } = renderApp('/')
  expect(await screen.findByText(PARTLY_CORRUPT_NOTICE)).toBeInTheDocument()
  expect(useQuizStore.getState().answers).toEqual({ severity: 4, radiation: 'none' })
  // The damaged safety check is asked again before any question.
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' }),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  await screen.findByRole('heading', { level: 1, name: 'Safety check: health conditions' })
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  expect(await screen.findByRole('heading', { level: 1, name: QUESTIONS[0]?.prompt })).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: '4' })).toBeChecked()
})

test('valid answers saved under an unknown version are kept', async () => {
  await openWithSaved(saved({ answers: { severity: 3 }, screening: [] }, 99))
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Continue' }))
  expect(await screen.findByRole('heading', { level: 1, name: QUESTIONS[1]?.prompt })).toBeInTheDocument()
})

test('the notice can be dismissed, and focus stays in the page', async () => {
  await openWithSaved('not json')
  const { user } = renderApp('/')
  const notice = await screen.findByText(CORRUPT_NOTICE)
  const region = notice.closest<HTMLElement>('[role="status"]')
  if (!region) throw new Error('the notice sits in a status region')
  await user.click(within(region).getByRole('button', { name: 'Dismiss' }))
  expect(screen.queryByText(CORRUPT_NOTICE)).not.toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 1, name: HEADING })).toHaveFocus()
  expect(useQuizStore.getState().notice).toBeNull()
})

test('the app starting up leaves focus where the person already put it; later screens take it', async () => {
  // The prerendered start page works before the app: a keyboard user may be on a link already.
  const outside = document.createElement('button')
  document.body.append(outside)
  outside.focus()
  const { user } = renderApp('/')
  await screen.findByRole('heading', { level: 1, name: HEADING })
  expect(outside).toHaveFocus()
  expect(document.title).toBe(`${HEADING} – Massage Match`)
  outside.remove()
  await user.click(screen.getByRole('link', { name: 'Start' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' })).toHaveFocus()
})
