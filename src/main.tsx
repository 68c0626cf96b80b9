// The page's entry script: small on purpose (no React, no store, no engine). It loads the app
// (src/mount.tsx: React, the router, the store) and the screen the address names, and puts the
// app on the page (src/boot/start-app.ts). What shows until then is the inline first-paint
// script's work (src/boot/first-paint.ts): the prerendered start page, which works without the
// app, or a progress bar. Why it is built so: docs/decisions/0006-start-up.md.
import { startApp } from './boot/start-app'
import { registerServiceWorker } from './boot/updates'
import { ROUTES, routeForHash } from './routes/route-table'
import './styles.css'

const root = document.getElementById('root')
if (root) {
  startApp({
    root,
    load: () => import('./mount'),
    // The screen the address names, fetched beside the app rather than after it; in the quiz
    // also the safety check, the usual next screen (a tap on Start then never waits for it).
    prefetch: (hash) => {
      const route = ROUTES[routeForHash(hash)]
      for (const screen of [route.screen, route.quiz ? ROUTES.check.screen : null]) {
        void screen?.().catch(() => undefined)
      }
    },
  })
}

// Offline support and new versions (src/boot/updates.ts): register the service worker after the
// page has loaded, in production only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerServiceWorker()
  else window.addEventListener('load', registerServiceWorker, { once: true })
}
