import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { AppRouter, prefetchScreens } from './routes/router'
import { SAVE_KEY } from './state/quiz-store'
import './styles.css'

// scripts/prerender-entry.tsx renders this same tree at build time: keep the two alike.
const app = (
  <StrictMode>
    <AppRouter />
  </StrictMode>
)

/** The prerendered HTML shows the start page to a first-time visitor: hydrate only when that is what we would render. */
function showsPrerenderedView(): boolean {
  if (!['', '#', '#/'].includes(window.location.hash)) return false
  try {
    return localStorage.getItem(SAVE_KEY) === null
  } catch {
    return true
  }
}

const root = document.getElementById('root')
if (root) {
  if (root.firstElementChild && showsPrerenderedView()) {
    // In a transition, React hydrates in small slices and handles taps between them, instead of
    // one long task while the phone is still starting up. A tap on a button is replayed once hydrated.
    startTransition(() => {
      hydrateRoot(root, app)
    })
  } else {
    // A deep link or saved progress: render afresh. In a transition React renders in small
    // slices between which the phone stays responsive (the result page is large); the
    // prerendered start page stays until React replaces it in one commit.
    const fresh = createRoot(root)
    startTransition(() => fresh.render(app))
  }
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

// The quiz screens are separate chunks: fetch them once the first view has loaded.
if (document.readyState === 'complete') prefetchScreens()
else window.addEventListener('load', prefetchScreens, { once: true })
