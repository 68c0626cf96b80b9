// The page's entry script: small on purpose (no React, no store, no engine). It loads the app
// (src/mount.tsx: React, the router, the store) and the screen the address names, and puts the
// app on the page (src/boot/start-app.ts). What shows until then is the inline first-paint
// script's work (src/boot/first-paint.ts): the prerendered start page, which works without the
// app, or a progress bar. Why it is built so: docs/decisions/0006-start-up.md.
import { startApp } from './boot/start-app'
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

/**
 * Offline support: register the service worker after the page has loaded, in production only.
 * When a new version takes over (skipWaiting + clientsClaim), reload at a safe moment, the next
 * route change or when the page is hidden, so the running page never asks for a lazy screen
 * the new version no longer has. Answers live in localStorage, so the reload keeps them.
 */
function registerServiceWorker() {
  const hadController = navigator.serviceWorker.controller !== null
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No offline support this visit (private mode, blocked): the app works online as before.
  })
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController) return
    const reload = () => window.location.reload()
    window.addEventListener('hashchange', reload, { once: true })
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && reload())
  })
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') registerServiceWorker()
  else window.addEventListener('load', registerServiceWorker, { once: true })
}
