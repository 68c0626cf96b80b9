import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from '../../test/render-app'

test('an unknown address shows "Page not found" with a way to the start', async () => {
  const { user } = renderApp('/nowhere/at/all')
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus()
  expect(document.title).toBe('Page not found – Massage Match')
  await user.click(screen.getByRole('link', { name: 'Go to the start' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Find the massage that suits your back' }),
  ).toHaveFocus()
})
