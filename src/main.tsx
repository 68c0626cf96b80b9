// The page's entry script: small on purpose (no React, no store, no engine). It decides when the
// app (src/mount.tsx and React, the bulk of the JavaScript) is loaded and run:
// - A first-time visitor on the start page sees the prerendered HTML, which works on its own
//   (Start is a plain link). The app loads at the first sign of use (a touch, a key, focus, the
//   pointer, a change of route), so nothing competes with the first paint on a slow phone, and
//   the service worker has the files cached by then.
// - Any other visit (a shared result, a question, saved progress) loads the app at once, together
//   with the screen it opens, while public/boot.js keeps the start page hidden.
import { setBootState, showsPrerenderedView } from './boot/first-view'
import { loadCheck, loaderForHash, opensQuiz } from './routes/screen-loaders'
import './styles.css'

const INTENT_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'mouseover'] as const

const storage = () => window.localStorage
let started = false

function startApp() {
  if (started) return
  started = true
  for (const type of INTENT_EVENTS) window.removeEventListener(type, startApp, true)
  const root = document.getElementById('root')
  if (!root) return
  const hash = window.location.hash
  // The screen this visit opens, fetched beside the app rather than after it; in the quiz also
  // the safety check, the usual next screen (a tap on Start then never waits for it).
  const screens = [loaderForHash(hash), opensQuiz(hash) ? loadCheck : null].map((load) => load?.())
  Promise.all([import('./mount'), ...screens])
    .then(([{ mountApp }]) => {
      // From here the router follows the address itself.
      window.removeEventListener('hashchange', onRouteChange)
      const hydrate = root.firstElementChild !== null && showsPrerenderedView(window.location.hash, storage)
      return mountApp(root, hydrate)
    })
    .catch(() => {
      if (showsPrerenderedView(window.location.hash, storage)) {
        // Still on the working start page (a touch, not a tap on Start, asked for the app): keep it,
        // and try again at the next touch.
        started = false
        listenForIntent()
        return
      }
      // Offline on a first visit, or a file gone missing: say so instead of a blank page.
      setBootState('failed')
      const reload = document.querySelector<HTMLElement>('[data-boot-reload]')
      reload?.setAttribute('aria-describedby', 'boot-failed')
      reload?.focus()
    })
}

function listenForIntent() {
  for (const type of INTENT_EVENTS) {
    window.addEventListener(type, startApp, { capture: true, passive: true })
  }
}

/** Start is a link: the route can change before the app is here. Hide the start page meanwhile. */
function onRouteChange() {
  if (showsPrerenderedView(window.location.hash, storage)) return
  setBootState('loading')
  // A failed attempt at a touch does not stop this one.
  startApp()
}

// Wait for the person only when the start page is really in the page (the built app; the
// development server serves an empty #root).
if (
  document.getElementById('root')?.firstElementChild &&
  showsPrerenderedView(window.location.hash, storage)
) {
  window.addEventListener('hashchange', onRouteChange)
  listenForIntent()
} else {
  startApp()
}

// The "could not load" message's Reload button (index.html).
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-boot-reload]')) {
    window.location.reload()
  }
})

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
