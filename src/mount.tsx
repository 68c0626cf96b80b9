import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app'
import { prefetchScreens, preloadScreen } from './routes/router'
import { opensQuiz } from './routes/screen-loaders'

/**
 * Puts the app on the page, with the screen the location opens already loaded. `hydrate` when
 * the prerendered start page in #root is what the app renders (src/boot/first-view.ts decides);
 * otherwise the app renders afresh and replaces it.
 *
 * Both run in a transition: React works in small slices and handles taps between them instead
 * of one long task while the phone is busy (a tap on the start page is replayed once hydrated).
 */
export async function mountApp(root: HTMLElement, hydrate: boolean) {
  // The screen's chunk is usually here already (src/main.tsx fetched it beside this one); a
  // failure is left to the route, whose error boundary explains it.
  const hash = window.location.hash
  await preloadScreen(hash).catch(() => undefined)
  // In the quiz, the safety check (fetched with this chunk) is ready before a tap on Start.
  if (opensQuiz(hash)) void preloadScreen('#/check').catch(() => undefined)
  if (hydrate) {
    startTransition(() => {
      hydrateRoot(root, <App />)
    })
  } else {
    const fresh = createRoot(root)
    startTransition(() => fresh.render(<App />))
  }
  // In the quiz, the next screens are separate chunks: fetch them when the phone is next idle.
  // Not on a result: loading the quiz's stylesheet would restyle the whole long page for nothing
  // (the service worker has every file cached soon after the first visit anyway).
  if (!opensQuiz(hash)) return
  if ('requestIdleCallback' in window) window.requestIdleCallback(prefetchScreens, { timeout: 3000 })
  else setTimeout(prefetchScreens, 500)
}
