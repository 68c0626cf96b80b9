import { afterEach, beforeEach, expect, test, vi } from 'vitest'

/** The worker's side (./updates) and the offer it feeds (src/state/update-offer.ts), as the page has them. */
type Updates = typeof import('./updates') & typeof import('../state/update-offer')

const loadUpdates = async (): Promise<Updates> => ({
  ...(await import('./updates')),
  ...(await import('../state/update-offer')),
})

/** A service worker container, registration and workers as a browser has them, driven by the test. */
function fakeServiceWorker({ controlled = true, waiting = false } = {}) {
  const worker = () => Object.assign(new EventTarget(), { state: 'installed', postMessage: vi.fn() })
  const registration = Object.assign(new EventTarget(), {
    waiting: waiting ? worker() : null,
    installing: null as ReturnType<typeof worker> | null,
    update: vi.fn(() => Promise.resolve()),
  })
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  })
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
  return {
    registration,
    container,
    /** A new version is found and installs, then waits. */
    newVersion() {
      const installing = worker()
      installing.state = 'installing'
      registration.installing = installing
      registration.dispatchEvent(new Event('updatefound'))
      installing.state = 'installed'
      registration.installing = null
      registration.waiting = installing
      installing.dispatchEvent(new Event('statechange'))
      return installing
    },
  }
}

let updates: Updates
let reload: ReturnType<typeof vi.fn<() => void>>

beforeEach(async () => {
  // The module keeps the page's update state: each test starts with a fresh page.
  vi.resetModules()
  updates = await loadUpdates()
  reload = vi.fn<() => void>()
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload })
})

afterEach(() => {
  delete (navigator as { serviceWorker?: unknown }).serviceWorker
})

const settle = () => new Promise((done) => setTimeout(done, 0))

test('a new version is offered once it waits, never while a form holds unsaved input', async () => {
  const sw = fakeServiceWorker()
  updates.registerServiceWorker()
  await settle()
  expect(updates.isUpdateOffered()).toBe(false)
  const held = updates.holdUpdate()
  const listener = vi.fn()
  updates.onUpdateChange(listener)
  sw.newVersion()
  expect(listener).toHaveBeenCalled()
  expect(updates.isUpdateOffered()).toBe(false)
  const second = updates.holdUpdate()
  held()
  held()
  expect(updates.isUpdateOffered()).toBe(false)
  second()
  expect(updates.isUpdateOffered()).toBe(true)
})

test('a version already waiting when the page opens is offered; nothing is on a first visit', async () => {
  fakeServiceWorker({ waiting: true })
  updates.registerServiceWorker()
  await settle()
  expect(updates.isUpdateOffered()).toBe(true)

  vi.resetModules()
  const fresh: Updates = await loadUpdates()
  fakeServiceWorker({ controlled: false, waiting: true })
  fresh.registerServiceWorker()
  await settle()
  expect(fresh.isUpdateOffered()).toBe(false)
})

test('the tap hands over to the waiting version, and the page reloads once it has taken over', async () => {
  const sw = fakeServiceWorker()
  updates.registerServiceWorker()
  await settle()
  const waiting = sw.newVersion()
  expect(reload).not.toHaveBeenCalled()
  updates.applyUpdate()
  expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
  expect(reload).not.toHaveBeenCalled()
  sw.container.dispatchEvent(new Event('controllerchange'))
  expect(reload).toHaveBeenCalledTimes(1)
})

test('nothing reloads by itself: a version another tab took offers the reload here too', async () => {
  const sw = fakeServiceWorker()
  updates.registerServiceWorker()
  await settle()
  sw.container.dispatchEvent(new Event('controllerchange'))
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
  document.dispatchEvent(new Event('visibilitychange'))
  expect(reload).not.toHaveBeenCalled()
  expect(updates.isUpdateOffered()).toBe(true)
  updates.applyUpdate()
  expect(reload).toHaveBeenCalledTimes(1)
  delete (document as { visibilityState?: unknown }).visibilityState
})

test('the first worker taking over a first visit is not a new version', async () => {
  const sw = fakeServiceWorker({ controlled: false })
  updates.registerServiceWorker()
  await settle()
  sw.container.dispatchEvent(new Event('controllerchange'))
  expect(updates.isUpdateOffered()).toBe(false)
  expect(reload).not.toHaveBeenCalled()
})

test('the page looks for a new version each time it is shown again', async () => {
  const sw = fakeServiceWorker()
  updates.registerServiceWorker()
  await settle()
  expect(sw.registration.update).not.toHaveBeenCalled()
  document.dispatchEvent(new Event('visibilitychange'))
  expect(sw.registration.update).toHaveBeenCalledTimes(1)
})
