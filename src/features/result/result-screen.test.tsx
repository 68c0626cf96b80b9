import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import {
  MASSAGE_NAMES,
  MASSAGE_TYPES,
  RULED_OUT_WHY,
  SCREENING_ITEMS,
  SCREENING_TABLE,
  advise,
  recommend,
  type MassageType,
  type QuizAnswers,
  type ScreeningItem,
} from '../../engine'
import { LINK_VERSIONS, toShareHash, toShareHashAvoiding } from '../../share/link'
import { useQuizStore } from '../../state/quiz-store'
import { CardScreen } from './card-screen'
import { paths } from '../../shared/paths'
import { ROUTES } from '../../routes/route-table'
import { OwnResultScreen, SharedResultScreen } from './result-screen'
import { allAnswerSets, answerSet } from '../../test/answer-sets'
import { acuteLight, chronicFirm, everyTypeAboveZero } from '../../test/people'
import { currentPath, renderApp, saveProgress } from '../../test/render-app'

/** Rather not have the back touched: reflexology first, every back massage below zero. */
const noBack: QuizAnswers = { ...chronicFirm, pressure: 'no-back', stress: true }

/** Pain below the knee with firm pressure: deep tissue still first, with one thing against it. */
const belowKneeFirm = answerSet({
  severity: 2,
  duration: 'acute',
  radiation: 'below-knee',
  pressure: 'firm',
  knots: 'achy',
  stiffness: true,
  stress: false,
})

/** Achy knots with pain below the knee: deep tissue is an option with something against it. */
const kneeKnots = answerSet({
  severity: 2,
  duration: 'acute',
  radiation: 'below-knee',
  pressure: 'medium',
  knots: 'achy',
  stiffness: false,
  stress: false,
})

/** Every type above zero: nothing is less suited. */
const allSuit = everyTypeAboveZero()!

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: ROUTES.result.pattern, element: <OwnResultScreen /> },
      { path: ROUTES.shared.pattern, element: <SharedResultScreen /> },
      { path: ROUTES.card.pattern, element: <CardScreen /> },
      { path: ROUTES.check.pattern, element: <h1>Safety check stand-in</h1> },
      { path: ROUTES.stop.pattern, element: <h1>Stop stand-in</h1> },
      { path: ROUTES.noMassage.pattern, element: <h1>No massage stand-in</h1> },
      { path: ROUTES.question.pattern, element: <h1>Question stand-in</h1> },
      { path: ROUTES.start.pattern, element: <h1>Start stand-in</h1> },
    ],
    { initialEntries: [path] },
  )
  const user = userEvent.setup()
  render(<RouterProvider router={router} />)
  return { user, router }
}

/** The person's own result (#/result), from what this phone saved. */
function ownResult(answers: QuizAnswers, screening: ScreeningItem[]) {
  saveProgress({ answers, screening })
  return renderAt(paths.result())
}

/** The router path of the link Share sends (version 2): the answers and the types ruled out. */
const sharedLink = (answers: QuizAnswers, avoid: readonly MassageType[] = []) =>
  toShareHashAvoiding(answers, avoid).slice(1)

/** The router path of a version-1 link: what the own result's address was before #/result. */
const oldLink = (answers: QuizAnswers) => toShareHash(answers).slice(1)

/** Opens a section that opens on demand (its heading's button) and returns it. */
async function openSection(user: ReturnType<typeof userEvent.setup>, name: string | RegExp) {
  await user.click(screen.getByRole('button', { name }))
  return screen.getByRole('region', { name })
}

function shortOf(item: ScreeningItem): string {
  return SCREENING_TABLE.find((e) => e.item === item)?.short ?? ''
}

beforeEach(() => {
  useQuizStore.setState(useQuizStore.getInitialState(), true)
  localStorage.clear()
})

const stubbed: string[] = []

/** Replaces navigator features for one test. Call after render: user-event installs its own clipboard. */
function stubNavigator(features: Record<string, unknown>) {
  for (const [key, value] of Object.entries(features)) {
    Object.defineProperty(navigator, key, { value, configurable: true, writable: true })
    stubbed.push(key)
  }
}

afterEach(() => {
  for (const key of stubbed.splice(0)) delete (navigator as unknown as Record<string, unknown>)[key]
})

test('own result names the top pick in the main heading, its two strongest reasons first and every reason on demand', async () => {
  const { user } = ownResult(chronicFirm, [])
  const top = recommend(chronicFirm).ranked[0]!
  expect(top.reasons.length).toBeGreaterThan(2)
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(MASSAGE_NAMES[top.type])
  expect(screen.getByText('Your best match')).toBeInTheDocument()
  const why = screen.getByRole('region', { name: 'Why this suits you' })
  const items = within(why)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  expect(items).toEqual(top.reasons.slice(0, 2))
  const more = await openSection(user, `More about ${MASSAGE_NAMES[top.type]}`)
  expect(
    within(more)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(expect.arrayContaining(top.reasons))
  expect(
    within(more).getByText('Reasons quote our massage guide and common clinical advice.'),
  ).toBeInTheDocument()
  expect(screen.queryByText('This is a shared result')).not.toBeInTheDocument()
})

test('what counts against the top pick is under "Worth knowing", never under why it suits', async () => {
  const { user } = ownResult(belowKneeFirm, [])
  const top = recommend(belowKneeFirm).ranked[0]!
  expect(top.against.length).toBeGreaterThan(0)
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(MASSAGE_NAMES[top.type])
  const why = screen.getByRole('region', { name: 'Why this suits you' })
  await openSection(user, `More about ${MASSAGE_NAMES[top.type]}`)
  const worth = screen.getByRole('group', { name: 'Worth knowing' })
  for (const line of top.against) {
    expect(within(why).queryByText(line)).not.toBeInTheDocument()
    expect(within(worth).getByText(line)).toBeInTheDocument()
  }
  expect(
    within(worth)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(top.against)
})

test('a top pick with nothing against it has no "Worth knowing"', () => {
  ownResult(chronicFirm, [])
  expect(recommend(chronicFirm).ranked[0]!.against).toEqual([])
  expect(screen.queryByRole('group', { name: 'Worth knowing' })).not.toBeInTheDocument()
})

test('a clear screening says go ahead without an alarm, and keeps the warning signs to watch for on demand', () => {
  ownResult(chronicFirm, [])
  expect(screen.getByText('Go ahead')).toBeInTheDocument()
  expect(screen.queryByRole('status')).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'When to stop and get help' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  // Each group of signs as a list under what to do, each sign as the safety check words it.
  const listAfter = (words: RegExp) => screen.getByText(words).nextElementSibling as HTMLElement
  const prompt = (item: ScreeningItem) => SCREENING_TABLE.find((e) => e.item === item)!.prompt
  const now = listAfter(
    /^Get medical help now \(go to an emergency department or call your local emergency number\) if any of these start:$/,
  )
  for (const item of ['bladder-bowel-change', 'saddle-numbness', 'leg-weakness', 'sexual-function'] as const)
    expect(within(now).getByText(prompt(item))).toBeInTheDocument()
  expect(
    within(listAfter(/^Call your local emergency number now for:$/)).getByText(prompt('chest-pain')),
  ).toBeInTheDocument()
  // In the section, closed until opened.
  expect(screen.getByRole('link', { name: /^Call /, hidden: true })).toBeInTheDocument()
  expect(within(listAfter(/^See a doctor today for:$/)).getByText(prompt('fever'))).toBeInTheDocument()
  const urgentGp = listAfter(/^Ask for an urgent appointment with a doctor, today or tomorrow, for:$/)
  expect(within(urgentGp).getByText(prompt('weight-loss'))).toBeInTheDocument()
})

test('with a doctor-first item ticked there is no list of signs to watch for: the outcome already says what to do', () => {
  ownResult(chronicFirm, ['weight-loss'])
  expect(screen.queryByRole('button', { name: 'When to stop and get help' })).not.toBeInTheDocument()
})

test('fragile bones: go ahead with care, deep pressure ruled out and why', async () => {
  const { user } = ownResult(chronicFirm, ['osteoporosis'])
  const banner = screen.getByRole('status')
  expect(banner).toHaveTextContent(/^Go ahead with care/)
  expect(banner).toHaveTextContent('Tell the therapist about fragile bones before it starts.')
  const means = await openSection(user, 'What you ticked means for a massage')
  expect(means).toHaveTextContent(SCREENING_TABLE.find((e) => e.item === 'osteoporosis')!.advice)
  expect(
    screen.getByText(/^Ask for: a 60-minute .*, light pressure only\. Tell them: fragile bones\.$/),
  ).toBeInTheDocument()
  const ruledOut = await openSection(user, 'Ruled out for now')
  expect(within(ruledOut).getByText('Deep Tissue Massage')).toBeInTheDocument()
  expect(within(ruledOut).getByText('Trigger Point Therapy')).toBeInTheDocument()
  const why = `Because of fragile bones: ${RULED_OUT_WHY.osteoporosis}`
  expect(RULED_OUT_WHY.osteoporosis).toBe('deep pressure can damage weak bones.')
  const rows = within(ruledOut).getAllByRole('listitem')
  expect(rows).toHaveLength(2)
  for (const row of rows) expect(within(row).getByText(why)).toBeInTheDocument()
  const top = advise(chronicFirm, ['osteoporosis']).picks[0]!
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(MASSAGE_NAMES[top.type])
  expect(top.type).not.toBe('deep-tissue')
})

test('a doctor-first item leads with "See a doctor first" as the heading; the pick is only "if your doctor agrees"', () => {
  ownResult(acuteLight, ['weight-loss'])
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('See a doctor first')
  expect(screen.getByRole('status')).toHaveTextContent(/^See a doctor first/)
  expect(screen.getByRole('status')).toHaveTextContent(shortOf('weight-loss'))
  const top = advise(acuteLight, ['weight-loss']).picks[0]!
  expect(screen.getByRole('heading', { level: 2, name: MASSAGE_NAMES[top.type] })).toBeInTheDocument()
  expect(screen.getByText('If your doctor agrees')).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Why this suits you' })).not.toBeInTheDocument()
  expect(screen.queryByText('Your best match')).not.toBeInTheDocument()
  expect(screen.getByText(/^If your doctor agrees, ask for a 60-minute/)).toBeInTheDocument()
})

test('a type ruled out by two items says why for each', async () => {
  const { user } = ownResult(chronicFirm, ['osteoporosis', 'pregnancy'])
  const ruledOut = await openSection(user, 'Ruled out for now')
  const row = within(ruledOut).getByText('Deep Tissue Massage').closest('li')!
  expect(within(row).getByText(`Because of pregnancy: ${RULED_OUT_WHY.pregnancy}`)).toBeInTheDocument()
  expect(within(row).getByText(`Because of fragile bones: ${RULED_OUT_WHY.osteoporosis}`)).toBeInTheDocument()
})

test('other options list the remaining picks above zero best first', async () => {
  const { user } = ownResult(kneeKnots, [])
  const rest = advise(kneeKnots, [])
    .picks.slice(1)
    .filter((r) => r.score > 0)
  // Several other options, so their order means something.
  expect(rest.length).toBeGreaterThanOrEqual(3)
  const others = await openSection(user, 'Other options')
  const names = within(others)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.tagName === 'OL')
    .map((li) => li.querySelector('summary')?.textContent ?? '')
  expect(names.map((n) => rest.findIndex((r) => n.startsWith(MASSAGE_NAMES[r.type])))).toEqual(
    rest.map((_, i) => i),
  )
})

test('an option opens to show why it suits and, apart, what is worth knowing', async () => {
  // The first answer set with an option that has reasons both ways.
  const mixed = allAnswerSets().find((a) =>
    recommend(a)
      .ranked.slice(1)
      .some((r) => r.score > 0 && r.against.length > 0),
  )!
  const { user } = ownResult(mixed, [])
  const rest = recommend(mixed).ranked.slice(1)
  const option = rest.find((r) => r.score > 0 && r.against.length > 0)!
  const others = await openSection(user, 'Other options')
  await user.click(within(others).getByText(MASSAGE_NAMES[option.type]))
  const details = within(others).getByText(MASSAGE_NAMES[option.type]).closest('details')!
  expect(details).toHaveAttribute('open')
  const [whyList, worthList] = within(details).getAllByRole('list')
  expect(
    within(whyList!)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(option.reasons)
  expect(within(details).getByRole('heading', { name: 'Worth knowing' })).toBeInTheDocument()
  expect(
    within(worthList!)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(option.against)
})

test('rather not have the back touched: back massages are not options but collapsed as less suited, with why', async () => {
  const { user } = ownResult(noBack, [])
  const ranked = recommend(noBack).ranked
  expect(ranked[0]!.type).toBe('reflexology')
  const backWork = ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release'] as const
  expect(screen.queryByRole('region', { name: 'Other options' })).not.toBeInTheDocument()
  const summary = screen.getByText('Less suited to your answers')
  const details = summary.closest('details')!
  expect(details).not.toHaveAttribute('open')
  await user.click(summary)
  expect(details).toHaveAttribute('open')
  for (const type of backWork) {
    const row = within(details).getByText(MASSAGE_NAMES[type]).closest('li')!
    const entry = ranked.find((r) => r.type === type)!
    expect(entry.score).toBeLessThanOrEqual(0)
    for (const line of entry.against) expect(within(row).getByText(line)).toBeInTheDocument()
    // Why it would suit is not the point here: only why it ranks low.
    for (const line of entry.reasons) expect(within(row).queryByText(line)).not.toBeInTheDocument()
  }
})

test('a pick at zero is less suited, not another option', async () => {
  const { user } = ownResult(chronicFirm, ['osteoporosis'])
  expect(advise(chronicFirm, ['osteoporosis']).picks.find((p) => p.type === 'reflexology')?.score).toBe(0)
  const others = screen.getByRole('region', { name: 'Other options' })
  expect(within(others).queryByText(MASSAGE_NAMES.reflexology)).not.toBeInTheDocument()
  await user.click(screen.getByText('Less suited to your answers'))
  const details = screen.getByText('Less suited to your answers').closest('details')!
  const reflexology = within(details).getByText(MASSAGE_NAMES.reflexology).closest('li')!
  expect(within(reflexology).getByText('None of the answers pointed towards this type.')).toBeInTheDocument()
})

test('with every other pick above zero there is no "less suited" list', () => {
  ownResult(allSuit, [])
  expect(recommend(allSuit).ranked.every((r) => r.score > 0)).toBe(true)
  const others = screen.getByRole('region', { name: 'Other options' })
  for (const r of recommend(allSuit).ranked.slice(1))
    expect(within(others).getByText(MASSAGE_NAMES[r.type])).toBeInTheDocument()
  expect(screen.queryByText('Less suited to your answers')).not.toBeInTheDocument()
})

test('when every type is ruled out the own result is the no-massage screen: no pick, the advice, no Share or card', async () => {
  saveProgress({ answers: chronicFirm, screening: ['fever'] })
  renderApp(paths.result())
  expect(
    await screen.findByRole('heading', { level: 1, name: 'No massage for now: see a doctor first' }),
  ).toBeInTheDocument()
  expect(currentPath()).toBe(paths.noMassage())
  expect(screen.getByText(SCREENING_TABLE.find((e) => e.item === 'fever')!.advice)).toBeInTheDocument()
  for (const name of Object.values(MASSAGE_NAMES)) expect(document.body).not.toHaveTextContent(name)
  expect(screen.queryByRole('region', { name: 'Self-massage at home' })).not.toBeInTheDocument()
  // Nothing to share or show a therapist: no massage for now.
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Show this to your therapist' })).not.toBeInTheDocument()
})

test('a blood clot rules out every type: the no-massage screen keeps its advice, with the call button it names', async () => {
  saveProgress({ answers: acuteLight, screening: ['blood-clot'] })
  renderApp(paths.result())
  expect(
    await screen.findByRole('heading', { level: 1, name: 'No massage for now: see a doctor first' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/rubbing can move a clot/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: /^Call \d+$/ })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Show this to your therapist' })).not.toBeInTheDocument()
})

test('an urgent item in the store shows no picks: the own result is the stop screen', () => {
  const { router } = ownResult(chronicFirm, ['saddle-numbness'])
  expect(router.state.location.pathname).toBe(paths.stop())
  expect(router.state.historyAction).toBe('REPLACE')
  expect(screen.getByRole('heading', { level: 1, name: 'Stop stand-in' })).toBeInTheDocument()
  for (const name of Object.values(MASSAGE_NAMES)) expect(screen.queryByText(name)).not.toBeInTheDocument()
})

test('self-massage with the timer shows for a clear screening', async () => {
  const { user } = ownResult(chronicFirm, [])
  const self = await openSection(user, 'Self-massage at home')
  expect(within(self).getByRole('heading', { name: 'Tennis ball' })).toBeInTheDocument()
  expect(within(self).getByRole('button', { name: 'Start 1-minute timer' })).toBeInTheDocument()
})

test('fragile bones drop the ball and roller but keep heat', async () => {
  const { user } = ownResult(chronicFirm, ['osteoporosis'])
  const self = await openSection(user, 'Self-massage at home')
  expect(within(self).queryByRole('heading', { name: 'Tennis ball' })).not.toBeInTheDocument()
  expect(within(self).queryByRole('button', { name: /timer/ })).not.toBeInTheDocument()
  expect(within(self).getByRole('heading', { name: 'Heat, then massage' })).toBeInTheDocument()
})

test('rather not have the back touched: no ball or roller, heat stays', async () => {
  const { user } = ownResult(noBack, [])
  const self = await openSection(user, 'Self-massage at home')
  expect(within(self).queryByRole('heading', { name: 'Tennis ball' })).not.toBeInTheDocument()
  expect(within(self).queryByRole('heading', { name: 'Foam roller' })).not.toBeInTheDocument()
  expect(within(self).queryByRole('button', { name: /timer/ })).not.toBeInTheDocument()
  expect(within(self).getByRole('heading', { name: 'Heat, then massage' })).toBeInTheDocument()
})

test('the foam roller tip keeps the roller off the spine', () => {
  ownResult(chronicFirm, [])
  const self = screen.getByRole('region', { name: 'Self-massage at home' })
  expect(
    within(self).getByText('Keep the roller off the spine itself: roll the muscles beside it.'),
  ).toBeInTheDocument()
})

test('a skin problem on the back hides self-massage', () => {
  ownResult(chronicFirm, ['skin-condition'])
  expect(screen.queryByRole('region', { name: 'Self-massage at home' })).not.toBeInTheDocument()
})

test('the research opens on demand: its strength, links to the sources and when it was last reviewed', async () => {
  const { user } = ownResult(chronicFirm, [])
  expect(screen.getByRole('button', { name: 'What the research says' })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  const research = await openSection(user, 'What the research says')
  expect(research).toHaveTextContent('low to very low quality')
  expect(within(research).getByRole('link', { name: /^Cochrane review/ })).toHaveAttribute(
    'href',
    'https://doi.org/10.1002/14651858.CD001929.pub3',
  )
  expect(within(research).getByRole('link', { name: /^NHS/ })).toHaveAttribute(
    'href',
    'https://www.nhs.uk/conditions/back-pain/',
  )
  expect(research).toHaveTextContent('Last reviewed 1 December 2026.')
})

test('start over asks first; "Clear my answers" clears them and replaces the result with the start', async () => {
  const { user, router } = ownResult(chronicFirm, [])
  await user.click(screen.getByRole('button', { name: 'Start over' }))
  expect(useQuizStore.getState().answers).toEqual(chronicFirm)
  const clear = screen.getByRole('button', { name: 'Clear my answers' })
  expect(clear).toHaveFocus()
  expect(screen.getByRole('button', { name: 'Keep them' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Start over' })).not.toBeInTheDocument()
  await user.click(clear)
  expect(useQuizStore.getState().answers).toEqual({})
  expect(useQuizStore.getState().screening).toBeNull()
  expect(router.state.location.pathname).toBe(paths.start())
  expect(router.state.historyAction).toBe('REPLACE')
})

test('"Keep them" keeps the answers and returns focus to "Start over"', async () => {
  const { user, router } = ownResult(chronicFirm, [])
  await user.click(screen.getByRole('button', { name: 'Start over' }))
  await user.click(screen.getByRole('button', { name: 'Keep them' }))
  expect(screen.queryByRole('button', { name: 'Clear my answers' })).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus()
  expect(useQuizStore.getState().answers).toEqual(chronicFirm)
  expect(router.state.location.pathname).toBe(paths.result())
})

test('Escape backs out of start over with the keyboard', async () => {
  const { user } = ownResult(chronicFirm, [])
  screen.getByRole('button', { name: 'Start over' }).focus()
  await user.keyboard('{Enter}')
  expect(screen.getByRole('button', { name: 'Clear my answers' })).toHaveFocus()
  await user.keyboard('{Escape}')
  expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus()
  expect(useQuizStore.getState().screening).toEqual([])
})

test('the therapist link opens the card', async () => {
  const { user, router } = ownResult(chronicFirm, ['osteoporosis'])
  await user.click(screen.getByRole('link', { name: 'Show this to your therapist' }))
  expect(router.state.location.pathname).toBe(paths.card())
  expect(screen.getByRole('heading', { level: 1, name: 'For your therapist' })).toBeInTheDocument()
})

test('a shared link on a fresh store is a shared result with the top pick in the heading', () => {
  renderAt(sharedLink(acuteLight))
  expect(screen.getByText('This is a shared result')).toBeInTheDocument()
  const top = recommend(acuteLight).ranked[0]!
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(MASSAGE_NAMES[top.type])
  expect(screen.queryByRole('status')).not.toBeInTheDocument()
  expect(screen.queryByText('Your best match')).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
})

test('the shared notice says neutrally where the result comes from and what to do', () => {
  renderAt(sharedLink(acuteLight))
  const notice = screen.getByText('This is a shared result').parentElement!
  expect(notice).toHaveTextContent('opened from a link')
  expect(notice).toHaveTextContent('quiz answers in that link, without a safety check')
  expect(notice).toHaveTextContent('Take the safety check before you treat any pick as yours')
  expect(notice).not.toHaveTextContent(/someone else/i)
  expect(within(notice).getByRole('button', { name: 'Take the safety check' })).toBeInTheDocument()
})

test('a shared no-back link keeps back massages out of its options too', () => {
  renderAt(sharedLink(noBack))
  expect(screen.queryByRole('region', { name: 'Other options' })).not.toBeInTheDocument()
  expect(screen.getByText('Less suited to these answers')).toBeInTheDocument()
})

test('the same answers without a done safety check are still a shared result', () => {
  saveProgress({ answers: acuteLight, screening: null })
  renderAt(sharedLink(acuteLight))
  expect(screen.getByText('This is a shared result')).toBeInTheDocument()
})

test("a done check for other answers does not make a link one's own", () => {
  saveProgress({ answers: chronicFirm, screening: ['osteoporosis'] })
  renderAt(sharedLink(acuteLight))
  expect(screen.getByText('This is a shared result')).toBeInTheDocument()
  expect(screen.queryByRole('status')).not.toBeInTheDocument()
})

test('"Take the safety check" adopts the link\'s answers and goes to the check', async () => {
  saveProgress({ answers: chronicFirm, screening: [] })
  const { user, router } = renderAt(sharedLink(acuteLight))
  await user.click(screen.getByRole('button', { name: 'Take the safety check' }))
  expect(useQuizStore.getState().answers).toEqual(acuteLight)
  expect(useQuizStore.getState().screening).toBeNull()
  expect(router.state.location.pathname).toBe(paths.check())
})

const goodCode = sharedLink(acuteLight).slice('/r/'.length)
/** The version after the newest this app reads: a link from a newer app. */
const NEXT_VERSION = String(Math.max(...Object.keys(LINK_VERSIONS).map(Number)) + 1)
const badLinks = [
  { name: 'a damaged check character', code: goodCode.slice(0, -1) + (goodCode.endsWith('0') ? '1' : '0') },
  { name: 'a cut-off link', code: goodCode.slice(0, 5) },
  { name: 'a link from a newer version', code: NEXT_VERSION + goodCode.slice(1) },
  { name: 'an old unknown version', code: '0' + goodCode.slice(1) },
  { name: 'an empty code', code: '.' },
  { name: 'markup in the link', code: encodeURIComponent('<img src=x onerror=alert(1)>') },
]

test.each(badLinks)('$name opens the link problem screen with a way to the quiz', async ({ code }) => {
  const { user, router } = renderAt(`/r/${code}`)
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("This link can't be opened")
  for (const name of Object.values(MASSAGE_NAMES)) expect(screen.queryByText(name)).not.toBeInTheDocument()
  expect(document.querySelector('img')).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Take the quiz' }))
  expect(router.state.location.pathname).toBe(paths.start())
})

test('a link cut off right after "#/r/" says it has no answers', () => {
  renderAt('/r/')
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("This link can't be opened")
  expect(screen.getByText('This link has no answers in it.')).toBeInTheDocument()
})

test('the link problem screen shows the reason from the link reader', () => {
  renderAt(`/r/${NEXT_VERSION}${goodCode.slice(1)}`)
  expect(screen.getByText(/newer version of Massage Match/)).toBeInTheDocument()
})

test('share uses the share sheet with the answers link and no health answers', async () => {
  const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined)
  const { user } = ownResult(chronicFirm, ['osteoporosis', 'pregnancy'])
  stubNavigator({ share, canShare: () => true })
  await user.click(screen.getByRole('button', { name: 'Share' }))
  expect(share).toHaveBeenCalledTimes(1)
  const data = share.mock.calls[0]![0]
  // The answers and the types the safety check ruled out (version 2), never the conditions.
  const avoid = advise(chronicFirm, ['osteoporosis', 'pregnancy']).avoided.map((a) => a.type)
  expect(avoid.length).toBeGreaterThan(0)
  expect(data.url).toContain(toShareHashAvoiding(chronicFirm, avoid))
  const sent = JSON.stringify(data).toLowerCase()
  for (const item of SCREENING_ITEMS) expect(sent).not.toContain(item)
  for (const entry of SCREENING_TABLE) expect(sent).not.toContain(entry.short.toLowerCase())
})

test('closing the share sheet is not an error and copies nothing', async () => {
  const share = vi.fn().mockRejectedValue(new DOMException('Share canceled', 'AbortError'))
  const writeText = vi.fn().mockResolvedValue(undefined)
  const { user } = ownResult(chronicFirm, [])
  stubNavigator({ share, clipboard: { writeText } })
  await user.click(screen.getByRole('button', { name: 'Share' }))
  expect(writeText).not.toHaveBeenCalled()
  expect(screen.queryByText('Link copied')).not.toBeInTheDocument()
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
})

test('without a share sheet the link is copied and "Link copied" is announced', async () => {
  const writeText = vi.fn().mockResolvedValue(undefined)
  const { user } = ownResult(chronicFirm, [])
  stubNavigator({ share: undefined, clipboard: { writeText } })
  await user.click(screen.getByRole('button', { name: 'Share' }))
  expect(writeText).toHaveBeenCalledWith(expect.stringContaining(toShareHashAvoiding(chronicFirm, [])))
  const message = screen.getByText('Link copied')
  expect(message).toHaveAttribute('aria-live', 'polite')
})

test('a refused clipboard shows the link selected in a text field to copy by hand', async () => {
  const writeText = vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
  const { user } = ownResult(chronicFirm, [])
  stubNavigator({ share: undefined, clipboard: { writeText } })
  await user.click(screen.getByRole('button', { name: 'Share' }))
  const field = screen.getByRole('textbox', { name: 'Link to this result' })
  expect(field).toHaveAttribute('readonly')
  expect((field as HTMLInputElement).value).toContain(toShareHashAvoiding(chronicFirm, []))
  expect(screen.queryByText('Link copied')).not.toBeInTheDocument()
})

test('Copy copies the booking line, and where the clipboard is refused it selects the line and says so', async () => {
  const { user } = ownResult(chronicFirm, ['osteoporosis'])
  const writeText = vi.fn().mockResolvedValue(undefined)
  stubNavigator({ clipboard: { writeText } })
  await user.click(screen.getByRole('button', { name: 'Copy' }))
  const line = screen.getByText(/^Ask for: /)
  expect(writeText).toHaveBeenCalledWith(line.textContent)
  expect(screen.getByText('Copied')).toBeInTheDocument()
  stubNavigator({ clipboard: { writeText: vi.fn().mockRejectedValue(new Error('refused')) } })
  await user.click(screen.getByRole('button', { name: 'Copy' }))
  expect(screen.getByText(/^Could not copy/)).toBeInTheDocument()
  expect(window.getSelection()?.toString()).toBe(line.textContent)
})

test('a second Copy says "Copied" again as a new line of the live region, so it is announced again', async () => {
  const { user } = ownResult(chronicFirm, [])
  stubNavigator({ clipboard: { writeText: vi.fn().mockResolvedValue(undefined) } })
  await user.click(screen.getByRole('button', { name: 'Copy' }))
  const first = screen.getByText('Copied')
  const region = first.closest('[aria-live="polite"]')
  expect(region).not.toBeNull()
  // A live region is read out when something is added to it: the same words left as they were are not.
  const added: string[] = []
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) added.push(node.textContent ?? '')
  }).observe(region!, { childList: true, subtree: true, characterData: true })
  await user.click(screen.getByRole('button', { name: 'Copy' }))
  await vi.waitFor(() => expect(added).toEqual(['Copied']))
  expect(screen.getByText('Copied')).not.toBe(first)
})

test('the page says Share leaves the health answers out of the link', () => {
  ownResult(chronicFirm, [])
  expect(
    screen.getByText('The link holds your quiz answers but not your health answers.'),
  ).toBeInTheDocument()
})

test('the result page renders nothing but text from the URL', () => {
  renderAt(`/r/${encodeURIComponent('<b>hi</b>')}`)
  expect(document.querySelector('b')).toBeNull()
})

test("a shared version-2 link shows the sender's first pick, says it was adjusted, and never names the condition", () => {
  const avoid = advise(chronicFirm, ['osteoporosis']).avoided.map((a) => a.type)
  const senderTop = advise(chronicFirm, ['osteoporosis']).picks[0]!.type
  renderAt(toShareHashAvoiding(chronicFirm, avoid).slice(1))
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(MASSAGE_NAMES[senderTop])
  expect(screen.getByText(/^Adjusted for a health condition/)).toBeInTheDocument()
  expect(document.body).not.toHaveTextContent(/fragile bones|osteoporosis/i)
  for (const type of avoid) expect(screen.queryByText(MASSAGE_NAMES[type])).not.toBeInTheDocument()
})

test('#/result on a phone with nothing saved says there is no result here, and leads to the safety check', async () => {
  const { user } = renderApp(paths.result())
  expect(
    await screen.findByRole('heading', { level: 1, name: 'No result on this phone yet' }),
  ).toBeInTheDocument()
  for (const name of Object.values(MASSAGE_NAMES)) expect(document.body).not.toHaveTextContent(name)
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Take the safety check' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' }),
  ).toBeInTheDocument()
  expect(currentPath()).toBe(paths.check())
})

test('#/result with the quiz half done goes on to the next step', async () => {
  saveProgress({ answers: { severity: 3 }, screening: [] })
  renderApp(paths.result())
  await screen.findByRole('heading', { level: 1 })
  expect(currentPath()).toBe(paths.question(2))
  expect(screen.queryByText('No result on this phone yet')).not.toBeInTheDocument()
})

test('an old own-result address (a version-1 link) with the same answers and a done check opens the own result at #/result', async () => {
  saveProgress({ answers: chronicFirm, screening: ['osteoporosis'] })
  renderApp(oldLink(chronicFirm))
  const top = advise(chronicFirm, ['osteoporosis']).picks[0]!
  expect(await screen.findByRole('heading', { level: 1, name: MASSAGE_NAMES[top.type] })).toBeInTheDocument()
  expect(currentPath()).toBe(paths.result())
  expect(screen.queryByText('This is a shared result')).not.toBeInTheDocument()
  // The person's own caution, not the bare answers of the old address.
  expect(within(screen.getByRole('main')).getByText('Go ahead with care')).toBeInTheDocument()
  expect(screen.getByText(/^Ask for: .*, light pressure only\./)).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: MASSAGE_NAMES['deep-tissue'] })).not.toBeInTheDocument()
})

test('an old own-result address with other answers stored is a shared result', async () => {
  saveProgress({ answers: chronicFirm, screening: [] })
  renderApp(oldLink(acuteLight))
  expect(await screen.findByText('This is a shared result')).toBeInTheDocument()
  expect(currentPath()).toBe(oldLink(acuteLight))
  const top = recommend(acuteLight).ranked[0]!
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(MASSAGE_NAMES[top.type])
})

test('a see-a-doctor sign noted at a check-in turns the result to "See a doctor first", saying when it was noted', () => {
  saveProgress({ answers: chronicFirm, screening: [], noted: [{ item: 'weight-loss', day: '2026-06-03' }] })
  renderAt(paths.result())
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('See a doctor first')
  const status = screen.getByRole('status')
  expect(status).toHaveTextContent('Do not book a massage yet.')
  expect(status).toHaveTextContent(`${shortOf('weight-loss')} (noted at your check-in on Wed, 3 June 2026):`)
  expect(screen.queryByText('Your best match')).not.toBeInTheDocument()
  expect(screen.queryByText('Go ahead')).not.toBeInTheDocument()
  // Deep tissue was the match before the sign; it is ruled out now.
  expect(screen.queryByRole('heading', { name: MASSAGE_NAMES['deep-tissue'] })).not.toBeInTheDocument()
  expect(screen.getByText(/^If your doctor agrees, ask for/)).toBeInTheDocument()
})

test('an urgent sign noted at a check-in turns the own result into the stop screen', () => {
  saveProgress({
    answers: chronicFirm,
    screening: [],
    noted: [{ item: 'saddle-numbness', day: '2026-06-03' }],
  })
  const { router } = renderAt(paths.result())
  expect(router.state.location.pathname).toBe(paths.stop())
})

test('a next-best pick is "The next best for you", never "Your best match", and Share does not call it a match', async () => {
  const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined)
  const { user } = ownResult(chronicFirm, ['osteoporosis'])
  const top = advise(chronicFirm, ['osteoporosis']).picks[0]!
  expect(screen.getByText('The next best for you')).toBeInTheDocument()
  expect(screen.queryByText('Your best match')).not.toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Why this suits you' })).toBeInTheDocument()
  stubNavigator({ share, canShare: () => true })
  await user.click(screen.getByRole('button', { name: 'Share' }))
  expect(share.mock.calls[0]![0].text).toBe(
    `A massage suggestion for my lower back pain: ${MASSAGE_NAMES[top.type]}`,
  )
})

test('a match the person can go ahead with is shared as "My massage match"', async () => {
  const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined)
  const { user } = ownResult(chronicFirm, [])
  stubNavigator({ share, canShare: () => true })
  await user.click(screen.getByRole('button', { name: 'Share' }))
  const top = advise(chronicFirm, []).picks[0]!
  expect(share.mock.calls[0]![0].text).toBe(
    `My massage match for lower back pain: ${MASSAGE_NAMES[top.type]}`,
  )
})

test('under "See a doctor first" Share says the suggestion waits for the doctor', async () => {
  const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined)
  const { user } = ownResult(acuteLight, ['weight-loss'])
  stubNavigator({ share, canShare: () => true })
  await user.click(screen.getByRole('button', { name: 'Share' }))
  const top = advise(acuteLight, ['weight-loss']).picks[0]!
  expect(share.mock.calls[0]![0].text).toBe(
    `A massage suggestion for my lower back pain, if my doctor agrees: ${MASSAGE_NAMES[top.type]}`,
  )
})

test('what is left after the safety check is "What is left", with "What speaks for it", not why it suits', () => {
  ownResult(acuteLight, ['skin-condition'])
  const top = advise(acuteLight, ['skin-condition']).picks[0]!
  // Only reflexology is left, and the answers have something to say for it.
  expect(top.type).toBe('reflexology')
  expect(top.reasons.length).toBeGreaterThan(0)
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(MASSAGE_NAMES.reflexology)
  expect(screen.getByText('What is left')).toBeInTheDocument()
  expect(screen.queryByText('Your best match')).not.toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'What speaks for it' })).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Why this suits you' })).not.toBeInTheDocument()
})

test('pain below the knee: the booking line asks for light pressure to start, the outcome says when to see a GP, and self-massage has no ball or roller', async () => {
  const knee: QuizAnswers = { ...chronicFirm, radiation: 'below-knee' }
  const { user } = ownResult(knee, [])
  expect(
    screen.getByText(
      /^Ask for: a 60-minute .*, light pressure to start\. Tell them: pain that travels below the knee\.$/,
    ),
  ).toBeInTheDocument()
  expect(screen.queryByText(/firm pressure\./)).not.toBeInTheDocument()
  expect(
    screen.getByText(/See a GP if the pain in your leg has not improved after a few weeks/),
  ).toBeInTheDocument()
  const self = await openSection(user, 'Self-massage at home')
  expect(within(self).queryByRole('heading', { name: 'Tennis ball' })).not.toBeInTheDocument()
  expect(within(self).queryByRole('heading', { name: 'Foam roller' })).not.toBeInTheDocument()
  expect(within(self).queryByRole('button', { name: /timer/ })).not.toBeInTheDocument()
  expect(within(self).getByRole('heading', { name: 'Heat, then massage' })).toBeInTheDocument()
})

test('rather not have the back touched, with a skin problem on the feet: no massage type fits, and no Share bar', async () => {
  const { user, router } = ownResult(noBack, ['foot-skin-condition'])
  expect(screen.getByRole('heading', { level: 1, name: 'No massage type fits for now' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'What you can do' })).toBeInTheDocument()
  expect(screen.queryByText('Your best match')).not.toBeInTheDocument()
  expect(screen.queryByText('What is left')).not.toBeInTheDocument()
  expect(
    screen.queryByRole('region', { name: /Why this suits you|What speaks for it/ }),
  ).not.toBeInTheDocument()
  expect(screen.queryByText(/^Ask for:/)).not.toBeInTheDocument()
  for (const type of MASSAGE_TYPES)
    expect(screen.queryByRole('heading', { name: MASSAGE_NAMES[type] })).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Show this to your therapist' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Change your answer about pressure' }))
  expect(router.state.location.pathname).toBe(paths.question(4))
})

test('the signs to watch for that say "call" come with the call button', async () => {
  const { user } = ownResult(chronicFirm, [])
  const help = await openSection(user, 'When to stop and get help')
  expect(within(help).getByRole('link', { name: /^Call \d+$/ })).toHaveAttribute(
    'href',
    expect.stringMatching(/^tel:\d+$/),
  )
})
