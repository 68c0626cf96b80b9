// Whether a new version of the app is offered (docs/decisions/0021-updates-wait-for-the-person.md):
// the layout says "A new version is ready" with a Reload button, never while a form holds unsaved
// input; the tap hands over to it and reloads. Nothing reloads by itself. The service worker's side
// is src/boot/updates.ts, which tells this module what it finds.

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

/** A new version is there: the waiting worker, or true when it already took over (another tab's tap). */
export function offerUpdate(worker: ServiceWorker | true): void {
  ready = worker
  changed()
}

/** Whether this tab asked for the new version (the page reloads when it takes over). */
export function updateAsked(): boolean {
  return asked
}
