import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { AppRouter } from '../routes/router'

/**
 * Renders the real app (layout and route table) at a hash path, e.g. '/q/3'.
 * Each call gets a fresh router, as a reload would.
 */
export function renderApp(initialPath = '/', options: { user?: Parameters<typeof userEvent.setup>[0] } = {}) {
  window.history.replaceState(null, '', `/#${initialPath}`)
  const user = userEvent.setup(options.user)
  const view = render(
    <StrictMode>
      <AppRouter />
    </StrictMode>,
  )
  return { ...view, user }
}

/** The current route, as the router sees it (the part after '#'). */
export function currentPath(): string {
  return window.location.hash.replace(/^#/, '')
}
