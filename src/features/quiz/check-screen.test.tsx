import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { MASSAGE_NAMES, QUESTIONS, SCREENING_TABLE, type ScreeningItem } from '../../engine'
import { nextStep } from '../../state/quiz-flow'
import { reloadSaved, useQuizStore } from '../../state/quiz-store'
import { SAVE_KEY } from '../../state/saved-progress'
import { currentPath, renderApp, saveProgress } from '../../test/render-app'
import { answerSet } from '../../test/answer-sets'
import { paths } from '../../shared/paths'

const FIRST_PROMPT = QUESTIONS[0]?.prompt ?? ''
const PAGE_1 = 'First, a quick safety check'
const PAGE_2 = 'Safety check: health conditions'

function entry(item: ScreeningItem) {
  const found = SCREENING_TABLE.find((e) => e.item === item)
  if (!found) throw new Error(`no screening item ${item}`)
  return found
}

const box = (item: ScreeningItem) => screen.getByRole('checkbox', { name: entry(item).prompt })
const findBox = (item: ScreeningItem) => screen.findByRole('checkbox', { name: entry(item).prompt })
const heading = (name: string) => screen.findByRole('heading', { level: 1, name })

/** From page 1 to page 2 with the one way on ("None of these" or "Continue"). */
async function toPage2(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: /^(None of these|Continue)$/ }))
  await heading(PAGE_2)
}

const ids = (group: HTMLElement) =>
  within(group)
    .getAllByRole('checkbox')
    .map((el) => el.id.replace('check-', ''))

test('page 1 lists the warning signs, page 2 the health conditions, each in table order', async () => {
  const { user } = renderApp('/check')
  const first = await heading(PAGE_1)
  expect(first).toHaveFocus()
  expect(first.nextElementSibling).toHaveTextContent('Part 1 of 2')
  expect(ids(screen.getByRole('group', { name: 'Warning signs' }))).toEqual(
    SCREENING_TABLE.filter((e) => e.group === 'warning-sign').map((e) => e.item),
  )
  expect(screen.queryByRole('group', { name: 'Health conditions' })).not.toBeInTheDocument()
  await toPage2(user)
  const second = await heading(PAGE_2)
  expect(second).toHaveFocus()
  expect(currentPath()).toBe('/check/2')
  expect(second.nextElementSibling).toHaveTextContent('Part 2 of 2')
  expect(ids(screen.getByRole('group', { name: 'Health conditions' }))).toEqual(
    SCREENING_TABLE.filter((e) => e.group === 'condition').map((e) => e.item),
  )
  expect(screen.queryByRole('group', { name: 'Warning signs' })).not.toBeInTheDocument()
})

test('each box is named by its prompt and described by its detail', async () => {
  const { user } = renderApp('/check')
  const leg = entry('leg-weakness')
  expect(await findBox('leg-weakness')).toHaveAccessibleDescription(leg.detail)
  expect(box('weight-loss')).not.toHaveAttribute('aria-describedby')
  await toPage2(user)
  expect(box('pregnancy')).not.toHaveAttribute('aria-describedby')
  expect(box('minor-fall')).toHaveAccessibleDescription(entry('minor-fall').detail)
})

test('the intro asks for any that apply, without limiting them to now', async () => {
  renderApp('/check')
  const intro = await screen.findByText(/^Massage is not safe for everyone/)
  expect(intro).toHaveTextContent('Tick any that apply to you')
  expect(intro).not.toHaveTextContent(/applies to you now/i)
  expect(intro).toHaveTextContent('if you need medical help first')
  expect(screen.getByText(/^New means/)).toHaveTextContent(
    'New means it started in the last 2 weeks, or a doctor has not checked it yet.',
  )
})

test('with nothing ticked, "None of these" on each page reaches question 1 with an empty screening', async () => {
  const { user } = renderApp('/check')
  await heading(PAGE_1)
  expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  await heading(PAGE_2)
  // Not done until the second page is.
  expect(useQuizStore.getState().screening).toBeNull()
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  expect(await heading(FIRST_PROMPT)).toBeInTheDocument()
  expect(currentPath()).toBe('/q/1')
  expect(useQuizStore.getState().screening).toEqual([])
})

test('once a box on the page is ticked, "None of these" is gone, so no tap can wipe the ticks', async () => {
  const { user } = renderApp('/check')
  await user.click(await findBox('weight-loss'))
  expect(screen.queryByRole('button', { name: 'None of these' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await heading(PAGE_2)
  // Nothing ticked on this page yet: "None of these" means none of these, and keeps page 1's tick.
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  await heading(FIRST_PROMPT)
  expect(useQuizStore.getState().screening).toEqual(['weight-loss'])
})

test('ticks on both pages are kept together, in table order', async () => {
  const { user } = renderApp('/check')
  await user.click(await findBox('night-pain'))
  await toPage2(user)
  await user.click(box('osteoporosis'))
  await user.click(box('pregnancy'))
  expect(screen.queryByRole('button', { name: 'None of these' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await heading(FIRST_PROMPT)
  expect(useQuizStore.getState().screening).toEqual(['night-pain', 'pregnancy', 'osteoporosis'])
})

test('unticking the last box on the page offers "None of these" again', async () => {
  const { user } = renderApp('/check')
  const fever = await findBox('fever')
  await user.click(fever)
  expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument()
  await user.click(fever)
  expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'None of these' })).toBeInTheDocument()
})

test('each tick is kept in the store at once, while the check stays not done', async () => {
  const { user } = renderApp('/check')
  await user.click(await findBox('weight-loss'))
  await user.click(box('fever'))
  await toPage2(user)
  await user.click(box('osteoporosis'))
  // Table order, whatever order the boxes were ticked in.
  expect(useQuizStore.getState().ticked).toEqual(['fever', 'weight-loss', 'osteoporosis'])
  expect(useQuizStore.getState().screening).toBeNull()
})

test('Back from page 2 goes to page 1 with its ticks, and page 2 keeps its own', async () => {
  const { user } = renderApp('/check')
  await user.click(await findBox('back-lump'))
  await toPage2(user)
  await user.click(box('bleeding-disorder'))
  await user.click(screen.getByRole('button', { name: 'Back' }))
  expect(await heading(PAGE_1)).toHaveFocus()
  expect(currentPath()).toBe('/check')
  expect(box('back-lump')).toBeChecked()
  expect(box('fever')).not.toBeChecked()
  await toPage2(user)
  expect(box('bleeding-disorder')).toBeChecked()
  expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument()
})

test('a reload on page 2 keeps the ticks of both pages', async () => {
  const { user, unmount } = renderApp('/check')
  await user.click(await findBox('night-pain'))
  await toPage2(user)
  await user.click(box('foot-skin-condition'))
  unmount()
  // What a reload reads: the saved record.
  expect(JSON.parse(localStorage.getItem(SAVE_KEY) ?? '{}').state.ticked).toEqual([
    'night-pain',
    'foot-skin-condition',
  ])
  reloadSaved()
  renderApp('/check/2')
  expect(await findBox('foot-skin-condition')).toBeChecked()
  expect(useQuizStore.getState().ticked).toEqual(['night-pain', 'foot-skin-condition'])
})

test('an urgent sign on page 1 stops the check there, without page 2, and names no massage', async () => {
  saveProgress({ ticked: ['pregnancy'] })
  const { user } = renderApp('/check')
  await user.click(await findBox('saddle-numbness'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await heading('Get medical help now')).toHaveFocus()
  expect(currentPath()).toBe('/stop')
  expect(useQuizStore.getState().screening).toEqual(['saddle-numbness', 'pregnancy'])
  const text = document.body.textContent ?? ''
  for (const name of Object.values(MASSAGE_NAMES)) expect(text).not.toContain(name)
  expect(text).not.toMatch(/massage type|reflexology|swedish/i)
})

test.each(['sexual-function', 'chest-pain'] as const)(
  '%s on page 1 goes straight to the stop screen',
  async (item) => {
    const { user } = renderApp('/check')
    await user.click(await findBox(item))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading('Get medical help now')
    expect(useQuizStore.getState().screening).toEqual([item])
  },
)

test('Enter on a box moves on, as the button does', async () => {
  const { user } = renderApp('/check')
  const sign = await findBox('leg-weakness')
  sign.focus()
  await user.keyboard(' ')
  expect(sign).toBeChecked()
  await user.keyboard('{Enter}')
  await heading('Get medical help now')
})

test('a caution item carries on to the questions', async () => {
  const { user } = renderApp('/check/2')
  await user.click(await findBox('osteoporosis'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await heading(FIRST_PROMPT)).toBeInTheDocument()
  expect(useQuizStore.getState().screening).toEqual(['osteoporosis'])
})

test('coming back, the saved ticks are there, and unticking saves the change', async () => {
  useQuizStore.getState().setScreening(['fever', 'skin-condition'])
  const { user } = renderApp('/check')
  const fever = await findBox('fever')
  expect(fever).toBeChecked()
  await user.click(fever)
  await toPage2(user)
  expect(box('skin-condition')).toBeChecked()
  expect(box('pregnancy')).not.toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await heading(FIRST_PROMPT)
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
  await findBox('fever')
  await toPage2(user)
  await user.click(box('bleeding-disorder'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await waitFor(() => expect(currentPath()).toBe(paths.result()))
  expect(useQuizStore.getState().screening).toEqual(['bleeding-disorder'])
})

test('Back on page 1 goes to the start', async () => {
  const { user } = renderApp('/check')
  await user.click(await screen.findByRole('button', { name: 'Back' }))
  expect(await heading('Find the massage that suits your back')).toBeInTheDocument()
})

test('a page the check does not have opens its first page', async () => {
  renderApp('/check/3')
  expect(await heading(PAGE_1)).toBeInTheDocument()
  expect(currentPath()).toBe('/check')
})

test('a fever rules out every type: after page 2 the quiz stops and says why, with no questions', async () => {
  const { user } = renderApp('/check')
  await user.click(await findBox('fever'))
  await toPage2(user)
  await user.click(screen.getByRole('button', { name: 'None of these' }))
  expect(await heading('No massage for now: see a doctor first')).toBeInTheDocument()
  expect(currentPath()).toBe('/no-massage')
  expect(screen.getByText(entry('fever').advice)).toBeInTheDocument()
  expect(screen.queryByText(/Question 1 of/)).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
  // The questions stay out of reach while the fever is ticked.
  expect(nextStep({ answers: {}, screening: ['fever'], noted: [] })).toEqual({ kind: 'no-massage' })
})

test('a blood clot leaves no massage, and its advice to call comes with the call button', async () => {
  saveProgress({ screening: ['blood-clot'] })
  renderApp('/no-massage')
  expect(await heading('No massage for now: see a doctor first')).toBeInTheDocument()
  expect(screen.getByText(entry('blood-clot').advice)).toHaveTextContent(/call your local emergency number/)
  expect(screen.getByRole('link', { name: /^Call \d+$/ })).toHaveAttribute(
    'href',
    expect.stringMatching(/^tel:\d+$/),
  )
})

test('a fever leaves no massage, and its advice names no call, so there is no call button', async () => {
  saveProgress({ screening: ['fever'] })
  renderApp('/no-massage')
  expect(await heading('No massage for now: see a doctor first')).toBeInTheDocument()
  expect(screen.getByText(entry('fever').advice)).not.toHaveTextContent(/call/i)
  expect(screen.queryByRole('link', { name: /^Call / })).not.toBeInTheDocument()
})

test('skin problems on the back and the feet leave no massage: the quiz stops, waiting for the skin, not a doctor', async () => {
  const { user } = renderApp('/check/2')
  await user.click(await findBox('skin-condition'))
  await user.click(box('foot-skin-condition'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await heading('No massage for now')).toBeInTheDocument()
  expect(currentPath()).toBe('/no-massage')
  expect(screen.getByText(entry('skin-condition').advice)).toBeInTheDocument()
  expect(screen.getByText(entry('foot-skin-condition').advice)).toBeInTheDocument()
  expect(
    screen.getByText('Once the skin has healed, you can take the safety check again.'),
  ).toBeInTheDocument()
  expect(screen.queryByText(/see a doctor/i)).not.toBeInTheDocument()
})

test('a lump on the back with sore feet leaves no massage either, and this one needs a doctor', async () => {
  saveProgress({ ticked: ['back-lump'] })
  const { user } = renderApp('/check/2')
  await user.click(await findBox('foot-skin-condition'))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  expect(await heading('No massage for now: see a doctor first')).toBeInTheDocument()
  expect(screen.getByText(entry('back-lump').advice)).toBeInTheDocument()
})
