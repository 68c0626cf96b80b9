import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { beforeEach, expect, test, vi } from 'vitest'
import {
  MASSAGE_NAMES,
  QUESTIONS,
  RULED_OUT_WHY,
  SCREENING_TABLE,
  advise,
  answerLabel,
  type QuizAnswers,
} from '../../engine'
import { useQuizStore } from '../../state/quiz-store'
import { CardScreen } from './card-screen'
import { paths } from '../../shared/paths'
import { ROUTES } from '../../routes/route-table'
import { OwnResultScreen } from './result-screen'
import { answerSet } from '../../test/answer-sets'
import { saveProgress } from '../../test/render-app'
import { readQrCode } from '../../test/read-qr-code'
import { fromShareHash } from '../../share/link'

const answers = answerSet({
  severity: 6,
  duration: 'subacute',
  radiation: 'buttock-thigh',
  pressure: 'medium',
  knots: 'sharp',
  stiffness: true,
  stress: true,
})

function renderCard() {
  const router = createMemoryRouter(
    [
      { path: ROUTES.card.pattern, element: <CardScreen /> },
      { path: ROUTES.result.pattern, element: <OwnResultScreen /> },
      { path: ROUTES.start.pattern, element: <h1>Start stand-in</h1> },
      { path: ROUTES.check.pattern, element: <h1>Safety check stand-in</h1> },
    ],
    { initialEntries: [paths.card()] },
  )
  const user = userEvent.setup()
  render(<RouterProvider router={router} />)
  return { user, router }
}

beforeEach(() => {
  useQuizStore.setState(useQuizStore.getInitialState(), true)
  localStorage.clear()
})

test('the card lists every answer in plain words', () => {
  saveProgress({ answers, screening: [] })
  renderCard()
  expect(screen.getByRole('heading', { level: 1, name: 'For your therapist' })).toBeInTheDocument()
  const section = screen.getByRole('region', { name: 'About my back pain' })
  for (const q of QUESTIONS) {
    const term = within(section).getByText(q.short)
    expect(term.nextElementSibling).toHaveTextContent(answerLabel(q.id, answers[q.id]))
  }
  expect(within(section).getByText('6 out of 10')).toBeInTheDocument()
})

test('the card tells the therapist what the client reports and what it means, and the picks that remain', () => {
  saveProgress({ answers, screening: ['bleeding-disorder', 'osteoporosis'] })
  renderCard()
  const cautions = screen.getByRole('region', { name: 'Cautions from the safety check' })
  for (const item of ['osteoporosis', 'bleeding-disorder'] as const) {
    const entry = SCREENING_TABLE.find((e) => e.item === item)!
    const short = entry.short.charAt(0).toLowerCase() + entry.short.slice(1)
    expect(within(cautions).getByText(`Client reports ${short}.`)).toBeInTheDocument()
    expect(cautions).toHaveTextContent(RULED_OUT_WHY[item].slice(1))
    // Written to the therapist, not to the person.
    expect(cautions).not.toHaveTextContent(entry.advice)
  }
  const picks = screen.getByRole('region', { name: 'Massage types that may suit me' })
  const expected = advise(answers, ['bleeding-disorder', 'osteoporosis']).picks.slice(0, 3)
  expect(
    within(picks)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(expected.map((p) => MASSAGE_NAMES[p.type]))
  expect(picks).toHaveTextContent(/Ruled out for now:.*Deep Tissue Massage/)
})

test('the card lists no back massage as "may suit me" for someone who would rather not have the back touched', () => {
  const noBack: QuizAnswers = { ...answers, pressure: 'no-back' }
  const ranked = advise(noBack, []).picks
  expect(ranked[0]!.type).toBe('reflexology')
  expect(ranked.slice(1).every((p) => p.score <= 0)).toBe(true)
  saveProgress({ answers: noBack, screening: [] })
  renderCard()
  const picks = screen.getByRole('region', { name: 'Massage types that may suit me' })
  expect(
    within(picks)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([MASSAGE_NAMES.reflexology])
})

test('the card says when nothing was ticked', () => {
  saveProgress({ answers, screening: [] })
  renderCard()
  const cautions = screen.getByRole('region', { name: 'Cautions from the safety check' })
  expect(cautions).toHaveTextContent('None of the listed conditions or warning signs.')
})

test('Print opens the print dialog', async () => {
  saveProgress({ answers, screening: [] })
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
  const { user } = renderCard()
  await user.click(screen.getByRole('button', { name: 'Print' }))
  expect(print).toHaveBeenCalledTimes(1)
})

test('"Back to the result" returns to the own result', async () => {
  saveProgress({ answers, screening: [] })
  const { user, router } = renderCard()
  await user.click(screen.getByRole('link', { name: 'Back to the result' }))
  expect(router.state.location.pathname).toBe(paths.result())
  expect(screen.getByText('Your best match')).toBeInTheDocument()
})

test('without complete answers the card says so and leads to the quiz', async () => {
  saveProgress({ answers: { severity: 3 }, screening: [] })
  const { user, router } = renderCard()
  expect(screen.getByText(/no complete quiz answers/)).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Print' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Take the quiz' }))
  expect(router.state.location.pathname).toBe(paths.start())
})

test('without a safety check the card offers it and shows no picks', async () => {
  saveProgress({ answers, screening: null })
  const { user, router } = renderCard()
  expect(screen.getByText('The safety check has not been done yet.')).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'Massage types that may suit me' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Take the safety check' }))
  expect(router.state.location.pathname).toBe(paths.check())
})

test('the card is dated, and a preference for firm pressure is reconciled with a caution that rules it out', () => {
  const firm: QuizAnswers = { ...answers, pressure: 'firm' }
  saveProgress({ answers: firm, screening: ['osteoporosis'] })
  renderCard()
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
  expect(screen.getByText(`Made on ${today}`)).toBeInTheDocument()
  const section = screen.getByRole('region', { name: 'About my back pain' })
  expect(within(section).getByText('Pressure').nextElementSibling).toHaveTextContent(
    'Prefers firm pressure; fragile bones: light pressure only.',
  )
})

test('under "see a doctor first" the picks are for once the doctor agrees', () => {
  saveProgress({ answers, screening: ['pregnancy'] })
  renderCard()
  expect(
    screen.getByRole('region', { name: 'Massage types that may suit me, if my doctor agrees' }),
  ).toBeInTheDocument()
})

const QR_LABEL = 'QR code: opens this result on another phone'

test('the card carries a QR code of the link Share sends: the answers and the types ruled out, never the conditions', async () => {
  saveProgress({ answers, screening: ['osteoporosis'] })
  renderCard()
  const section = screen.getByRole('region', { name: 'My full result' })
  const code = await within(section).findByRole('img', { name: QR_LABEL })
  const link = readQrCode(code)
  const [page, fragment] = link!.split('#')
  expect(page).toBe(window.location.href.split('#')[0])
  const parsed = fromShareHash(`#${fragment}`)
  expect(advise(answers, ['osteoporosis']).avoided.length).toBeGreaterThan(0)
  expect(parsed).toMatchObject({
    ok: true,
    answers,
    avoid: advise(answers, ['osteoporosis']).avoided.map((a) => a.type),
  })
  expect(link).not.toMatch(/osteoporosis|bone/i)
})

test('no QR code before the safety check, nor after an urgent sign', () => {
  saveProgress({ answers, screening: null })
  renderCard()
  expect(screen.queryByRole('region', { name: 'My full result' })).not.toBeInTheDocument()
  cleanup()
  saveProgress({ answers, screening: ['saddle-numbness'] })
  renderCard()
  expect(screen.getByText(/I was advised to get medical help first/)).toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'My full result' })).not.toBeInTheDocument()
})

test('pain below the knee: the card asks for light pressure to start, not the firm pressure preferred', () => {
  saveProgress({ answers: { ...answers, radiation: 'below-knee', pressure: 'firm' }, screening: [] })
  renderCard()
  const section = screen.getByRole('region', { name: 'About my back pain' })
  const pressure = within(section).getByText('Pressure').nextElementSibling
  expect(pressure).toHaveTextContent(/^Prefers firm pressure; pain below the knee: light pressure to start/)
})

test('rather not have the back touched, with a skin problem on the feet: the card says no type fits, with no QR code', () => {
  saveProgress({ answers: { ...answers, pressure: 'no-back' }, screening: ['foot-skin-condition'] })
  renderCard()
  const picks = screen.getByRole('region', { name: 'Massage types that may suit me' })
  expect(within(picks).queryByRole('listitem')).not.toBeInTheDocument()
  expect(picks).toHaveTextContent(
    'None for now: I would rather not have my back massaged, and my safety check rules out massage on my feet for now.',
  )
  for (const name of Object.values(MASSAGE_NAMES).filter((n) => n !== MASSAGE_NAMES.reflexology))
    expect(within(picks).queryByText(name)).not.toBeInTheDocument()
  expect(screen.queryByRole('region', { name: 'My full result' })).not.toBeInTheDocument()
})

test('skin problems on the back and the feet: the card says the safety check rules out every type, not that a doctor must see it', () => {
  saveProgress({ answers, screening: ['skin-condition', 'foot-skin-condition'] })
  renderCard()
  const picks = screen.getByRole('region', { name: 'Massage types that may suit me' })
  expect(picks).toHaveTextContent('None for now: My safety check rules out every type for now.')
  expect(document.body).not.toHaveTextContent(/see a doctor/i)
})

test('a sign noted at a check-in is on the card with its day, and the picks wait for the doctor', () => {
  saveProgress({ answers, screening: [], noted: [{ item: 'weight-loss', day: '2026-06-03' }] })
  renderCard()
  const cautions = screen.getByRole('region', { name: 'Cautions from the safety check' })
  expect(cautions).toHaveTextContent('Client reports weight loss without trying.')
  expect(cautions).toHaveTextContent('(Noted on Wed, 3 June 2026.)')
  expect(cautions).not.toHaveTextContent('None of the listed conditions')
  expect(
    screen.getByRole('region', { name: 'Massage types that may suit me, if my doctor agrees' }),
  ).toBeInTheDocument()
})
