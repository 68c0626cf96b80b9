// The service worker and new versions of the app (docs/decisions/0021-updates-wait-for-the-person.md):
// it registers the worker and tells src/state/update-offer.ts when a new version waits. In the entry
// chunk: src/main.tsx registers after the page has loaded.
import { offerUpdate, updateAsked } from '../state/update-offer'

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
        if (registration.waiting && sw.controller) offerUpdate(registration.waiting)
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
    if (updateAsked()) window.location.reload()
    else offerUpdate(true)
  })
}
