import { screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { QUESTIONS } from '../engine'
import { currentPath, renderApp, saveProgress } from '../test/render-app'
import { DOUBLE_TAP_MS, TAP_CUE } from './use-tap-guard'
import { ADVANCE_MS } from '../features/quiz/question-screen'

const [, q2, q3] = QUESTIONS as [
  (typeof QUESTIONS)[number],
  (typeof QUESTIONS)[number],
  (typeof QUESTIONS)[number],
]
const AT = { clientX: 100, clientY: 300 }

// Events are stamped with Date.now() in jsdom: a frozen clock, moved by hand, times each tap exactly.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(1_000)
  saveProgress({ answers: { severity: 5, duration: 'chronic' }, screening: [] })
})
afterEach(() => {
  vi.useRealTimers()
})

/** The second question, answered, from where Next moves on to the third. */
async function onQuestion2() {
  const view = renderApp('/q/2')
  await screen.findByRole('heading', { level: 1, name: q2.prompt })
  return view
}

const firstOption = () => screen.getAllByRole('radio')[0]!
const cue = () => screen.queryByText(TAP_CUE)

test('the second tap of a double tap on Next does not act on the next question, and says to tap again', async () => {
  const { user } = await onQuestion2()
  // One double tap (the browser counts the second tap: detail 2), the second half on the new screen.
  await user.pointer([
    { keys: '[TouchA]', target: screen.getByRole('button', { name: 'Next' }), coords: AT },
    { keys: '[TouchA]', target: screen.getByRole('main'), coords: AT },
  ])
  await screen.findByRole('heading', { level: 1, name: q3.prompt })
  expect(cue()).toHaveAttribute('role', 'status')
  expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument()
  expect(currentPath()).toBe('/q/3')

  // Tapping again, as the cue says, chooses, and the cue goes.
  vi.setSystemTime(1_500)
  await user.pointer({ keys: '[TouchA]', target: firstOption(), coords: AT })
  expect(firstOption()).toBeChecked()
  expect(cue()).not.toBeInTheDocument()
})

test('a double tap is quicker than the beat before a choice moves on, so the next tap after a choice always acts', () => {
  expect(DOUBLE_TAP_MS).toBeLessThanOrEqual(ADVANCE_MS)
})

test('a single tap 150 ms after a screen appears acts at once', async () => {
  const { user } = await onQuestion2()
  await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button', { name: 'Next' }), coords: AT })
  await screen.findByRole('heading', { level: 1, name: q3.prompt })
  vi.setSystemTime(1_150)
  await user.pointer({ keys: '[TouchA]', target: firstOption(), coords: AT })
  expect(firstOption()).toBeChecked()
  expect(cue()).not.toBeInTheDocument()
})

test('a tap whose finger went down on the previous screen is ignored where it lifts, with the cue', async () => {
  const { user } = await onQuestion2()
  await user.pointer({ keys: '[TouchA>]', target: screen.getByRole('button', { name: 'Next' }), coords: AT })
  // The screen changes under the finger (here by the address; on a phone, a slow screen arriving).
  vi.setSystemTime(1_500)
  window.location.hash = '#/q/3'
  await screen.findByRole('heading', { level: 1, name: q3.prompt })
  vi.setSystemTime(1_600)
  await user.pointer({ keys: '[/TouchA]', target: firstOption(), coords: AT })
  expect(firstOption()).not.toBeChecked()
  expect(cue()).toBeInTheDocument()
})

test('keys act at once on a new screen', async () => {
  const { user } = await onQuestion2()
  await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button', { name: 'Next' }), coords: AT })
  await screen.findByRole('heading', { level: 1, name: q3.prompt })
  await user.tab()
  await user.keyboard(' ')
  expect(firstOption()).toBeChecked()
  expect(cue()).not.toBeInTheDocument()
})

test('a double tap within one screen acts twice, as it always did', async () => {
  const { user } = await onQuestion2()
  await user.pointer({ keys: '[TouchA]', target: screen.getByRole('button', { name: 'Next' }), coords: AT })
  await screen.findByRole('heading', { level: 1, name: q3.prompt })
  vi.setSystemTime(2_000)
  const [a, b] = screen.getAllByRole('radio') as [HTMLElement, HTMLElement]
  await user.pointer([
    { keys: '[TouchA]', target: a, coords: AT },
    { keys: '[TouchA]', target: b, coords: AT },
  ])
  expect(b).toBeChecked()
  expect(cue()).not.toBeInTheDocument()
})

test('while a screen loads, the hidden previous screen is not the one announced', async () => {
  vi.useRealTimers()
  // React keeps the old screen in the page, hidden, beside "Loading…": the new heading is the one.
  const { user } = renderApp('/')
  await screen.findByRole('heading', { level: 1, name: 'Find the massage that suits your back' })
  window.location.hash = '#/nowhere'
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus()
  expect(document.title).toBe('Page not found – Massage Match')
  await user.click(screen.getByRole('link', { name: 'Go to the start' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Find the massage that suits your back' }),
  ).toHaveFocus()
  expect(document.title).toBe('Find the massage that suits your back – Massage Match')
})
