import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { MASSAGE_NAMES, QUESTIONS, SCREENING_TABLE } from '../engine'
import { toShareHash } from '../share/link'
import { nextStep, useQuizStore } from '../state/quiz-store'
import { currentPath, renderApp } from '../test/render-app'
import { answerSet } from '../test/answer-sets'

const FIRST_PROMPT = QUESTIONS[0]?.prompt ?? ''

function entry(item: string) {
  const found = SCREENING_TABLE.find((e) => e.item === item)
  if (!found) throw new Error(`no screening item ${item}`)
  return found
}

test('the safety check lists the warning signs, then the health conditions, in table order', async () => {
  renderApp('/check')
  expect(await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' })).toHaveFocus()
  const signs = screen.getByRole('group', { name: 'Warning signs' })
  const conditions = screen.getByRole('group', { name: 'Health conditions' })
  const names = (group: HTMLElement) =>
    within(group)
      .getAllByRole('checkbox')
      .map((box) => box.id.replace('check-', ''))
  expect(names(signs)).toEqual(SCREENING_TABLE.filter((e) => e.group === 'warning-sign').map((e) => e.item))
  expect(names(conditions)).toEqual(SCREENING_TABLE.filter((e) => e.group === 'condition').map((e) => e.item))
  expect(signs.compareDocumentPosition(conditions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
})

test('each box is named by its prompt and described by its detail', async () => {
  renderApp('/check')
  const leg = entry('leg-weakness')
  const box = await screen.findByRole('checkbox', { name: leg.prompt })
  expect(box).toHaveAccessibleDescription(leg.detail)
  expect(screen.getByRole('checkbox', { name: entry('pregnancy').prompt })).not.toHaveAttribute(
    'aria-describedby',
  )
})

test('the intro asks for any that apply, without limiting them to now', async () => {
  renderApp('/check')
  const intro = await screen.findByText(/^Massage is not safe for everyone/)
  expect(intro).toHaveTextContent('Tick any that apply to you')
  expect(intro).not.toHaveTextContent(/applies to you now/i)
  expect(intro).toHaveTextContent('get medical help now')
})

test('with nothing ticked, "None of these" saves an empty screening and goes to question 1 in one tap', async () => {
  const { user } = renderApp('/check')
  await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' })
  expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  expect(await screen.findByRole('heading', { level: 1, name: FIRST_PROMPT })).toBeInTheDocument()
  expect(currentPath()).toBe('/q/1')
  expect(useQuizStore.getState().screening).toEqual([])
})

test('once a box is ticked, "None of these" is gone, so no tap can wipe the ticks', async () => {
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('checkbox', { name: entry('pregnancy').prompt }))
  await user.click(screen.getByRole('checkbox', { name: entry('osteoporosis').prompt }))
  expect(screen.queryByRole('button', { name: 'None of these' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: FIRST_PROMPT })
  expect(useQuizStore.getState().screening).toEqual(['pregnancy', 'osteoporosis'])
})

test('unticking the last box offers "None of these" again', async () => {
  const { user } = renderApp('/check')
  const box = await screen.findByRole('checkbox', { name: entry('fever').prompt })
  await user.click(box)
  expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument()
  await user.click(box)
  expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  await screen.findByRole('heading', { level: 1, name: FIRST_PROMPT })
  expect(useQuizStore.getState().screening).toEqual([])
})

test('each tick is kept in the store at once, while the check stays not done', async () => {
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('checkbox', { name: entry('osteoporosis').prompt }))
  await user.click(screen.getByRole('checkbox', { name: entry('fever').prompt }))
  // Table order, whatever order the boxes were ticked in.
  expect(useQuizStore.getState().ticked).toEqual(['fever', 'osteoporosis'])
  expect(useQuizStore.getState().screening).toBeNull()
})

test('ticks made before leaving are there on coming back unfinished', async () => {
  useQuizStore.setState({ ticked: ['osteoporosis'] })
  renderApp('/check')
  expect(await screen.findByRole('checkbox', { name: entry('osteoporosis').prompt })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: entry('fever').prompt })).not.toBeChecked()
  expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument()
})

test('an urgent sign stops the quiz at once and names no massage', async () => {
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('checkbox', { name: entry('saddle-numbness').prompt }))
  await user.click(screen.getByRole('checkbox', { name: entry('pregnancy').prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Get medical help now' })).toHaveFocus()
  expect(currentPath()).toBe('/stop')
  expect(useQuizStore.getState().screening).toEqual(['saddle-numbness', 'pregnancy'])
  const text = document.body.textContent ?? ''
  for (const name of Object.values(MASSAGE_NAMES)) expect(text).not.toContain(name)
  expect(text).not.toMatch(/massage type|reflexology|swedish/i)
})

test('a caution item carries on to the questions', async () => {
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('checkbox', { name: entry('osteoporosis').prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await screen.findByRole('heading', { level: 1, name: FIRST_PROMPT })).toBeInTheDocument()
  expect(useQuizStore.getState().screening).toEqual(['osteoporosis'])
})

test('coming back, the saved ticks are there, and unticking saves the change', async () => {
  useQuizStore.getState().setScreening(['fever', 'skin-condition'])
  const { user } = renderApp('/check')
  const fever = await screen.findByRole('checkbox', { name: entry('fever').prompt })
  expect(fever).toBeChecked()
  expect(screen.getByRole('checkbox', { name: entry('skin-condition').prompt })).toBeChecked()
  expect(screen.getByRole('checkbox', { name: entry('pregnancy').prompt })).not.toBeChecked()
  await user.click(fever)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { level: 1, name: FIRST_PROMPT })
  expect(useQuizStore.getState().screening).toEqual(['skin-condition'])
})

test('with every answer already given (a shared result), the check leads back to the result', async () => {
  const answers = answerSet({
    severity: 6,
    duration: 'acute',
    radiation: 'buttock-thigh',
    pressure: 'light',
    knots: 'none',
    stiffness: false,
    stress: true,
  })
  useQuizStore.getState().adoptAnswers(answers)
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('checkbox', { name: entry('bleeding-disorder').prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await waitFor(() => expect(window.location.hash).toBe(toShareHash(answers)))
})

test('Back goes to the start', async () => {
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('button', { name: 'Back' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Find the massage that suits your back' }),
  ).toBeInTheDocument()
})

test('a fever rules out every type: the quiz stops after the safety check and says why, with no questions', async () => {
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('checkbox', { name: entry('fever').prompt }))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'No massage for now: see a doctor first' }),
  ).toBeInTheDocument()
  expect(currentPath()).toBe('/no-massage')
  expect(screen.getByText(entry('fever').advice)).toBeInTheDocument()
  expect(screen.queryByText(/Question 1 of/)).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
  // The questions stay out of reach while the fever is ticked.
  expect(nextStep({}, ['fever'])).toEqual({ kind: 'no-massage' })
})
