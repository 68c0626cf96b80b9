// The service worker and new versions of the app (docs/decisions/0021-updates-wait-for-the-person.md).
// A new version installs in the background and waits; the layout says "A new version is ready" with
// a Reload button, never while a form holds unsaved input; the tap hands over to it and reloads.
// Nothing reloads by itself. In the entry chunk: src/main.tsx registers, the layout and forms read.

const CHANGE = 'massage-match:update'

/** The new version's worker, waiting for the tap; or true when it already took over (another tab's tap). */
let ready: ServiceWorker | true | null = null
/** Forms that hold unsaved input now. */
let holds = 0
/** This tab asked for the new version: the page reloads when it takes over. */
let asked = false

const changed = () => dispatchEvent(new Event(CHANGE))

/** Whether to offer the new version now: there is one, and no form holds unsaved input. */
export function isUpdateOffered(): boolean {
  return ready !== null && holds === 0
}

export function onUpdateChange(listener: () => void): () => void {
  addEventListener(CHANGE, listener)
  return () => removeEventListener(CHANGE, listener)
}

/** A form holds unsaved input: no offer until the returned function is called. */
export function holdUpdate(): () => void {
  holds++
  changed()
  let held = true
  return () => {
    if (!held) return
    held = false
    holds--
    changed()
  }
}

/** The person's tap: the waiting version takes over, and the page reloads when it has. */
export function applyUpdate(): void {
  if (ready === true || ready === null) {
    window.location.reload()
    return
  }
  asked = true
  ready.postMessage({ type: 'SKIP_WAITING' })
}

function offer(worker: ServiceWorker | true) {
  ready = worker
  changed()
}

/**
 * Registers ./sw.js (vite-plugin-pwa's, which takes over only when told SKIP_WAITING), watches for a
 * new version, and looks for one whenever the page is shown again (the phone's browser otherwise
 * checks only on navigations, which a hash-routed app rarely makes).
 */
export function registerServiceWorker(): void {
  const sw = navigator.serviceWorker
  sw.register('./sw.js').then(
    (registration) => {
      // A version that was already waiting (a reload does not hand over).
      const waiting = () => {
        if (registration.waiting && sw.controller) offer(registration.waiting)
      }
      waiting()
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') waiting()
        })
      })
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => undefined)
      })
    },
    () => {
      // No offline support this visit (private mode, blocked): the app works online as before.
    },
  )
  let hadController = sw.controller !== null
  sw.addEventListener('controllerchange', () => {
    // The first visit's worker taking over is not a new version.
    if (!hadController) {
      hadController = true
      return
    }
    // Asked for here: reload into it. Asked for in another tab: this page's code is the old
    // version's, so it offers the reload too, and waits for the tap like the rest.
    if (asked) window.location.reload()
    else offer(true)
  })
}
