// When the app is loaded and put on the page. src/main.tsx calls this with the real app;
// tests call it with a stand-in. What the page shows until then is the inline first-paint
// script's work (first-paint.ts); this only adds the outcomes: the app, or the failed message.
import { isStartHash } from '../routes/route-table'
import { SAVE_KEY } from '../state/save-key'
import { bootState, setBootState } from './first-paint'

/** After this long without the app, the page says it could not load (a late arrival still draws). */
export const APP_TIMEOUT_MS = 20_000

type Options = {
  /** #root, holding the prerendered start page in the build (empty on the development server). */
  root: HTMLElement
  /** Imports the app, which hydrates the prerendered start page while `canHydrate()` says it is on screen. */
  load: () => Promise<{ mountApp: (root: HTMLElement, canHydrate: () => boolean) => unknown }>
  /** Fetches the screens the current address needs beside the app (failures are the route's). */
  prefetch: (hash: string) => void
  /** Runs a task once the page has loaded and the browser is idle (tests run it when they like). */
  whenIdle?: (task: () => void) => void
  timeoutMs?: number
}

/** After the load event, when the browser is next idle (Safari has no requestIdleCallback). */
function afterLoadWhenIdle(task: () => void) {
  const idle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(task, { timeout: 2000 })
      : setTimeout(task, 0)
  if (document.readyState === 'complete') idle()
  else window.addEventListener('load', idle, { once: true })
}

/** The first paint shows the start page (prerendered in root), not another screen's state. */
function isOnStartPage(root: HTMLElement): boolean {
  // The address too: a tap on Start moves it at once, while the hashchange event that tells the
  // first-paint script to hide the start page comes a task later.
  return bootState() === null && root.firstElementChild !== null && isStartHash(window.location.hash)
}

/**
 * The prerendered HTML is a first visit's start page: saved progress (from another tab, say,
 * since the first paint) turns Start into Continue, which the app must render afresh.
 */
function nothingSaved(): boolean {
  try {
    return localStorage.getItem(SAVE_KEY) === null
  } catch {
    return true
  }
}

/** "Could not load" with Reload, which takes focus and is described by the message. */
function showFailed() {
  setBootState('failed')
  const reload = document.querySelector<HTMLElement>('[data-boot-reload]')
  reload?.setAttribute('aria-describedby', 'boot-failed')
  reload?.focus()
}

/**
 * On the start page, the app loads once the page has painted and the browser is idle (or at once
 * when Start, a plain link, is tapped first); anywhere else at once. A failed load is tried once
 * more (current engines fetch a failed module again, whatwg/html#10327); one that hangs is given
 * up after `timeoutMs`. Then the working start page stays (a tap on Start tries again), or
 * elsewhere "could not load" with Reload; the next change of address tries again too.
 * Returns a function that stops listening.
 */
export function startApp({
  root,
  load,
  prefetch,
  whenIdle = afterLoadWhenIdle,
  timeoutMs = APP_TIMEOUT_MS,
}: Options): () => void {
  let attempt: Promise<unknown> | null = null
  let mounted = false
  const onStartPage = () => isOnStartPage(root)
  const canHydrate = () => onStartPage() && nothingSaved()

  function start() {
    if (mounted || attempt) return
    prefetch(window.location.hash)
    // Given up on (failed twice, or still nothing after timeoutMs): the next change of address
    // may try again. An app that arrives late still draws.
    const giveUp = () => {
      if (attempt === current) attempt = null
      explainFailure()
    }
    const timer = setTimeout(giveUp, timeoutMs)
    const current: Promise<unknown> = load()
      .catch(() => load())
      .then(({ mountApp }) => {
        if (mounted) return
        mounted = true
        window.removeEventListener('hashchange', onRouteChange)
        return mountApp(root, canHydrate)
      }, giveUp)
      .finally(() => clearTimeout(timer))
    attempt = current
  }

  function explainFailure() {
    // The start page works without the app: it stays, and a tap on Start tries again.
    if (!mounted && !onStartPage()) showFailed()
  }

  function onRouteChange() {
    if (!onStartPage()) start()
  }

  window.addEventListener('hashchange', onRouteChange)
  if (onStartPage()) whenIdle(start)
  else start()

  return () => window.removeEventListener('hashchange', onRouteChange)
}
