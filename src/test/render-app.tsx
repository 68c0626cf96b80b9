import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { AppRouter } from '../routes/router'
import { EMPTY, writeSaved, type Saved } from '../state/saved-progress'
import { reloadSaved } from '../state/quiz-store'

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

/**
 * Saves the person's progress as the app saves it, and reads it back as a reload would. The store
 * applies every change to what is stored, so progress set on the store alone would not last.
 * The ticks follow a done check unless given.
 */
export function saveProgress(progress: Partial<Saved>) {
  const saved = { ...EMPTY, ...progress }
  writeSaved({ ...saved, ticked: progress.ticked ?? saved.screening ?? [] })
  reloadSaved()
}
