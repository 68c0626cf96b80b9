import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { createHashRouter, RouterProvider } from 'react-router-dom'
import { afterEach } from 'vitest'
import { routes } from '../routes/router'

type HashRouter = ReturnType<typeof createHashRouter>
const live: HashRouter[] = []

afterEach(() => {
  for (const router of live.splice(0)) router.dispose()
})

/**
 * Renders the real app (layout and route table) at a hash path, e.g. '/q/3'.
 * Each call gets a fresh router, as a reload would.
 */
export function renderApp(initialPath = '/', options: { user?: Parameters<typeof userEvent.setup>[0] } = {}) {
  window.history.replaceState(null, '', `/#${initialPath}`)
  const router = createHashRouter(routes)
  live.push(router)
  const user = userEvent.setup(options.user)
  const view = render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
  return { ...view, user, router }
}

/** The current route, as the router sees it (the part after '#'). */
export function currentPath(): string {
  return window.location.hash.replace(/^#/, '')
}
