import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { MASSAGE_NAMES, SCREENING_TABLE } from '../../engine'
import { useQuizStore } from '../../state/quiz-store'
import { currentPath, renderApp, saveProgress } from '../../test/render-app'
import { chronicFirm } from '../../test/people'

const short = (item: string) => SCREENING_TABLE.find((e) => e.item === item)?.short ?? item

test('the stop screen says to get medical help now and lists what to tell the doctor', async () => {
  saveProgress({
    screening: ['pregnancy', 'bladder-bowel-change'],
    answers: { duration: 'subacute' },
  })
  renderApp('/stop')
  expect(await screen.findByRole('heading', { level: 1, name: 'Get medical help now' })).toHaveFocus()
  expect(
    screen.getByText('Go to an emergency department or call your local emergency number now.'),
  ).toBeInTheDocument()
  // Urgent means now: nothing on the screen suggests waiting until later today.
  expect(document.body).not.toHaveTextContent(/today|urgent care line/i)
  const list = screen.getByRole('list')
  const items = within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent)
  // The urgent sign first, then the rest of what was ticked.
  expect(items).toEqual([
    'I have low back pain, for 6 to 12 weeks.',
    short('bladder-bowel-change'),
    short('pregnancy'),
  ])
  const text = document.body.textContent ?? ''
  for (const name of Object.values(MASSAGE_NAMES)) expect(text).not.toContain(name)
})

test('without a known duration, the doctor hears only that there is low back pain', async () => {
  saveProgress({ screening: ['leg-weakness'] })
  renderApp('/stop')
  expect(await screen.findByText('I have low back pain.')).toBeInTheDocument()
})

test('"Back to the safety check" keeps the ticks', async () => {
  useQuizStore.getState().setScreening(['leg-weakness'])
  const { user } = renderApp('/stop')
  await user.click(await screen.findByRole('button', { name: 'Back to the safety check' }))
  await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' })
  const leg = SCREENING_TABLE.find((e) => e.item === 'leg-weakness')?.prompt ?? ''
  expect(screen.getByRole('checkbox', { name: leg })).toBeChecked()
})

test('"Start over" clears everything and goes to the start', async () => {
  saveProgress({ screening: ['leg-weakness'], answers: { severity: 9 } })
  const { user } = renderApp('/stop')
  await user.click(await screen.findByRole('button', { name: 'Start over' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Find the massage that suits your back' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Start' })).toBeInTheDocument()
  expect(useQuizStore.getState().screening).toBeNull()
  expect(useQuizStore.getState().answers).toEqual({})
})

test('typed in with no urgent sign, the stop screen offers the start instead', async () => {
  saveProgress({ screening: ['osteoporosis'] })
  const { user } = renderApp('/stop')
  expect(await screen.findByRole('heading', { level: 1, name: 'Nothing to show here' })).toBeInTheDocument()
  expect(screen.queryByText(/get medical help now/i)).not.toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Go to the start' }))
  await screen.findByRole('heading', { level: 1, name: 'Find the massage that suits your back' })
  expect(currentPath()).toBe('/')
})

test("the stop screen offers to call the emergency number of the phone's region in one tap", async () => {
  saveProgress({ screening: ['saddle-numbness'] })
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en'])
  renderApp('/stop')
  const call = await screen.findByRole('link', { name: 'Call 999' })
  expect(call).toHaveAttribute('href', 'tel:999')
  expect(screen.queryByText(/112 works from mobile phones/)).not.toBeInTheDocument()
})

test('with no region in the language settings it offers 112 and says to use the local number where that fails', async () => {
  saveProgress({ screening: ['saddle-numbness'] })
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en'])
  renderApp('/stop')
  expect(await screen.findByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112')
  expect(
    screen.getByText(/If it does not where you are, call your local emergency number/),
  ).toBeInTheDocument()
})

test('the stop screen says what the nerve signs can mean, and gives chest pain its own reason', async () => {
  saveProgress({ screening: ['sexual-function'] })
  const { unmount } = renderApp('/stop')
  expect(
    await screen.findByText(
      'What you told us needs checking now. With back pain, this can be a sign of pressure on the nerves at the base of the spine.',
    ),
  ).toBeInTheDocument()
  expect(screen.getByRole('list')).toHaveTextContent(short('sexual-function'))
  unmount()

  saveProgress({ screening: ['chest-pain', 'osteoporosis'] })
  renderApp('/stop')
  const reason = await screen.findByText(/^What you told us needs checking now\./)
  expect(reason).toHaveTextContent(
    /Chest pain with back pain can come from the heart, the lungs or a large blood vessel/,
  )
  expect(reason).not.toHaveTextContent(/nerve/)
  expect(screen.getByRole('link', { name: /^Call / })).toBeInTheDocument()
})

test('chest pain leads with calling the emergency number, before anything else', async () => {
  saveProgress({ screening: ['chest-pain'] })
  renderApp('/stop')
  const lead = await screen.findByText(/emergency number now\.$/)
  expect(lead).toHaveTextContent(/^Call your local emergency number now\.$/)
  expect(screen.queryByText(/^Go to an emergency department/)).not.toBeInTheDocument()
  expect(screen.getByRole('link', { name: /^Call / })).toBeInTheDocument()
})

test('nerve signs lead with an emergency department or a call', async () => {
  saveProgress({ screening: ['saddle-numbness'] })
  renderApp('/stop')
  expect(
    await screen.findByText('Go to an emergency department or call your local emergency number now.'),
  ).toBeInTheDocument()
})

test('an urgent sign noted at a check-in leads back to the journal, not to the safety check', async () => {
  saveProgress({ screening: [], answers: chronicFirm, noted: [{ item: 'leg-weakness', day: '2026-06-03' }] })
  const { user } = renderApp('/stop')
  expect(await screen.findByRole('heading', { level: 1, name: 'Get medical help now' })).toBeInTheDocument()
  expect(screen.getByRole('list')).toHaveTextContent(short('leg-weakness'))
  expect(screen.queryByRole('button', { name: 'Back to the safety check' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Back to your journal' }))
  expect(currentPath()).toBe('/journal')
})
