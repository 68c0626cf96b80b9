// When the app is loaded and put on the page. src/main.tsx calls this with the real app chunk;
// tests call it with a stand-in. What the page shows until then is the inline first-paint
// script's work (first-paint.ts); this only adds the outcomes: the app, or the failed message.
import { bootState, setBootState } from './first-paint'

/** The first signs of use on the start page; the app is needed soon after any of them. */
export const INTENT_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'mouseover'] as const

/** After this long without the app, the page says it could not load (a late arrival still draws). */
export const APP_TIMEOUT_MS = 20_000

type Options = {
  /** #root, holding the prerendered start page in the build (empty on the development server). */
  root: HTMLElement
  /** Imports the app; `hydrate` when the prerendered start page is what it must render. */
  load: () => Promise<{ mountApp: (root: HTMLElement, hydrate: boolean) => unknown }>
  /** Fetches the screens the current address needs beside the app (failures are the route's). */
  prefetch: (hash: string) => void
  timeoutMs?: number
}

/**
 * On the start page, the app loads at the first sign of use (or a tap on Start, a plain link);
 * anywhere else at once. A failed load is tried once more (current engines fetch a failed
 * module again, whatwg/html#10327); one that hangs is given up after `timeoutMs`. Then the
 * working start page stays (the next touch tries again), or elsewhere "could not load" with
 * Reload; the next change of address tries again too. Returns a function that stops listening.
 */
export function startApp({ root, load, prefetch, timeoutMs = APP_TIMEOUT_MS }: Options): () => void {
  let attempt: Promise<unknown> | null = null
  let mounted = false

  const onStartPage = () => bootState() === null && root.firstElementChild !== null

  function start() {
    if (mounted || attempt) return
    stopIntent()
    prefetch(window.location.hash)
    const timer = setTimeout(explainFailure, timeoutMs)
    attempt = load()
      .catch(() => load())
      .then(({ mountApp }) => {
        if (mounted) return
        mounted = true
        window.removeEventListener('hashchange', onRouteChange)
        return mountApp(root, onStartPage())
      })
      .catch(() => {
        attempt = null
        explainFailure()
      })
      .finally(() => clearTimeout(timer))
  }

  function explainFailure() {
    if (mounted) return
    if (onStartPage()) {
      listenForIntent()
      return
    }
    setBootState('failed')
    const reload = document.querySelector<HTMLElement>('[data-boot-reload]')
    reload?.setAttribute('aria-describedby', 'boot-failed')
    reload?.focus()
  }

  function listenForIntent() {
    for (const type of INTENT_EVENTS) window.addEventListener(type, start, { capture: true, passive: true })
  }

  function stopIntent() {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, start, { capture: true })
  }

  function onRouteChange() {
    if (!onStartPage()) start()
  }

  window.addEventListener('hashchange', onRouteChange)
  if (onStartPage()) listenForIntent()
  else start()

  return () => {
    stopIntent()
    window.removeEventListener('hashchange', onRouteChange)
  }
}
