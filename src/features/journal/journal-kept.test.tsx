import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { paths } from '../../shared/paths'
import { renderApp } from '../../test/render-app'
import { KEPT_WORDS, MAY_CLEAR_WORDS } from './journal-words'

// A browser that has agreed to keep the site's data, before the journal's store is made.
vi.hoisted(() => {
  const agreed = () => Promise.resolve(true)
  Object.defineProperty(navigator, 'storage', {
    value: { persisted: agreed, persist: agreed },
    configurable: true,
  })
})

test('a journal the browser has agreed to keep says so', async () => {
  renderApp(paths.journal())
  expect(await screen.findByText(KEPT_WORDS)).toBeInTheDocument()
  expect(screen.queryByText(MAY_CLEAR_WORDS)).not.toBeInTheDocument()
})
