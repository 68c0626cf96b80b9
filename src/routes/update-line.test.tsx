import { act, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { applyUpdate } from '../state/update-offer'
import { renderApp } from '../test/render-app'

// The page's update state, driven by the test (src/boot/updates.ts has its own tests).
const page = vi.hoisted(() => ({ offered: false, listeners: new Set<() => void>() }))
vi.mock('../state/update-offer', () => ({
  isUpdateOffered: () => page.offered,
  onUpdateChange: (listener: () => void) => {
    page.listeners.add(listener)
    return () => page.listeners.delete(listener)
  },
  applyUpdate: vi.fn(),
  holdUpdate: () => () => undefined,
}))

function offer(offered: boolean) {
  page.offered = offered
  act(() => page.listeners.forEach((listener) => listener()))
}

test('a new version announces itself in one line with a Reload button, on any screen', async () => {
  const { user } = renderApp('/journal')
  await screen.findByRole('heading', { level: 1, name: 'Your journal' })
  expect(screen.queryByText('A new version is ready.')).not.toBeInTheDocument()
  offer(true)
  const line = screen.getAllByRole('status').find((s) => s.textContent?.includes('A new version is ready.'))
  expect(line).toBeDefined()
  await user.click(within(line!).getByRole('button', { name: 'Reload' }))
  expect(applyUpdate).toHaveBeenCalledTimes(1)
  // Held back again (a form took input): the line goes.
  offer(false)
  expect(screen.queryByText('A new version is ready.')).not.toBeInTheDocument()
})
