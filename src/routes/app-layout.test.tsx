import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../test/render-app'
import { TAP_GUARD_MS } from './app-layout'

const main = () => screen.getByRole('main')

test('a new screen ignores taps for a moment (a double tap must not act on it); the first screen does not', async () => {
  const { user } = renderApp('/')
  await screen.findByRole('heading', { level: 1, name: 'Find the massage that suits your back' })
  expect(main()).not.toHaveClass('tap-guard')

  await user.click(screen.getByRole('link', { name: 'Start' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'First, a quick safety check' })).toHaveFocus()
  expect(main()).toHaveClass('tap-guard')
  await new Promise((resolve) => setTimeout(resolve, TAP_GUARD_MS + 50))
  expect(main()).not.toHaveClass('tap-guard')
})

test('while a screen loads, the hidden previous screen is not the one announced', async () => {
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
