import { StrictMode, useLayoutEffect } from 'react'
import { setBootState } from './boot/first-paint'
import { AppRouter } from './routes/router'

/**
 * Marks the app ready (src/boot/first-paint.ts) in the commit that draws the first screen, before
 * it paints: the start page's stand-ins (progress bar, messages) go, and the router follows the address. It comes before the router so its effect runs first: AppLayout's effect then
 * moves focus to a heading that is already visible.
 */
function BootDone() {
  useLayoutEffect(() => setBootState('ready'), [])
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
