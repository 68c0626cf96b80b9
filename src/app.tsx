import { StrictMode, useLayoutEffect } from 'react'
import { setBootState } from './boot/first-view'
import { AppRouter } from './routes/router'

/**
 * Clears the loading mark (public/boot.js, src/main.tsx) in the commit that draws the first screen,
 * before it paints. It comes before the router so its effect runs first: AppLayout's effect then
 * moves focus to a heading that is already visible.
 */
function BootDone() {
  useLayoutEffect(() => setBootState(null), [])
  return null
}

/**
 * The whole app. src/mount.tsx renders it in the browser, and scripts/prerender-entry.tsx renders
 * it to HTML at build time for hydration: both use this one tree.
 */
export function App() {
  return (
    <StrictMode>
      <BootDone />
      <AppRouter />
    </StrictMode>
  )
}
