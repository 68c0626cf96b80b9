import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import { prefetchQuizScreens, preloadScreen, whenIdle } from './routes/router'
import { ROUTES, routeForHash } from './routes/route-table'

/**
 * A tap on Start (a plain link) while React is still taking the start page over changes the
 * address under it: React then draws the new screen afresh, as it should, and says the page did
 * not match. That is expected; any other mismatch is reported as React would.
 */
function reportUnlessMoved(error: unknown, hydratedAt: string) {
  if (window.location.hash !== hydratedAt) return
  if (typeof window.reportError === 'function') window.reportError(error)
  else console.error(error)
}

/**
 * Puts the app on the page, with the screen the location opens already loaded. `canHydrate`
 * tells whether the prerendered start page in #root is what the app renders (src/boot/start-app.ts);
 * it is asked at the last moment, since a tap on Start may change the address while the screen
 * loads. Otherwise the app renders afresh and replaces it.
 *
 * Both run in a transition: React works in small slices and handles taps between them instead
 * of one long task while the phone is busy (a tap on the start page is replayed once hydrated).
 */
export async function mountApp(root: HTMLElement, canHydrate: () => boolean) {
  // The screen's chunk is usually here already (src/main.tsx fetched it beside this one); a
  // failure is left to the route, whose error boundary explains it.
  const hash = window.location.hash
  const inQuiz = ROUTES[routeForHash(hash)].quiz
  await preloadScreen(hash).catch(() => undefined)
  if (canHydrate()) {
    startTransition(() => {
      hydrateRoot(root, <App />, { onRecoverableError: (error) => reportUnlessMoved(error, hash) })
    })
  } else {
    const fresh = createRoot(root)
    startTransition(() => fresh.render(<App />))
  }
  // In the quiz, the next screens are separate chunks: fetch them when the phone is next idle.
  // Not on a result: loading the quiz's stylesheet would restyle the whole long page for nothing
  // (the service worker has every file cached soon after the first visit anyway).
  if (!inQuiz) return
  whenIdle(prefetchQuizScreens, 3000)
}
