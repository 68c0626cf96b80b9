// When the app is loaded and whether it hydrates the prerendered start page. The inline
// first-paint script runs first, as in the built page; the app is a stand-in.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { SAVE_KEY } from '../state/save-key'
import { BOOT_ATTRIBUTE, bootState, firstPaintScript, setBootState } from './first-paint'
import { APP_TIMEOUT_MS, startApp } from './start-app'

const html = document.documentElement
const mountApp = vi.fn()
const prefetch = vi.fn()
let cleanups: (() => void)[] = []

/** The app's chunk: here at once, failing (offline, or gone from the server), or as a test says. */
let load: () => Promise<{ mountApp: typeof mountApp }>
const arrives = () => Promise.resolve({ mountApp })
const fails = () => Promise.reject(new TypeError('offline'))

const root = () => document.getElementById('root')!

function prerenderedPage() {
  document.body.innerHTML =
    '<div id="root"><div class="app"><a href="#/check">Start</a></div></div>' +
    '<div class="boot-problem"><button type="button" data-boot-reload>Reload</button></div>'
}

/** Opens the page at an address: the first-paint script, then the entry script. */
function openPage(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  html.removeAttribute(BOOT_ATTRIBUTE)
  const add = vi.spyOn(window, 'addEventListener')
  ;(0, eval)(firstPaintScript({ saveKey: SAVE_KEY }))
  const added = add.mock.calls.map(([type, listener]) => [type, listener] as const)
  add.mockRestore()
  cleanups.push(() => added.forEach(([type, listener]) => window.removeEventListener(type, listener)))
  cleanups.push(startApp({ root: root(), load: () => load(), prefetch }))
}

function go(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

/** Lets pending promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  prerenderedPage()
  load = arrives
  mountApp.mockReset()
  prefetch.mockReset()
})

afterEach(() => {
  cleanups.forEach((cleanup) => cleanup())
  cleanups = []
  html.removeAttribute(BOOT_ATTRIBUTE)
  localStorage.clear()
  vi.useRealTimers()
})

test('a first-time visitor on the start page gets no app until the first touch, then it hydrates', async () => {
  openPage('')
  await settle()
  expect(mountApp).not.toHaveBeenCalled()

  window.dispatchEvent(new Event('pointerdown'))
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledTimes(1))
  expect(mountApp).toHaveBeenCalledWith(root(), true)
  expect(prefetch).toHaveBeenCalledWith('')

  // Later touches, keys and focus load nothing more.
  window.dispatchEvent(new Event('keydown'))
  window.dispatchEvent(new Event('focusin'))
  await settle()
  expect(mountApp).toHaveBeenCalledTimes(1)
})

test('a key press or focus (keyboard and screen reader users) loads the app too', async () => {
  for (const intent of ['keydown', 'focusin']) {
    mountApp.mockReset()
    cleanups.forEach((cleanup) => cleanup())
    openPage('#/')
    window.dispatchEvent(new Event(intent))
    await vi.waitFor(() => expect(mountApp, intent).toHaveBeenCalledWith(root(), true))
  }
})

test('Start tapped before the app is here: the start page hides and the app renders the next screen afresh', async () => {
  openPage('')
  go('#/check')
  expect(bootState()).toBe('loading')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
  expect(prefetch).toHaveBeenCalledWith('#/check')
})

test('a shared link loads the app at once, with its screen, and renders it afresh', async () => {
  openPage('#/r/16cnma11r')
  expect(bootState()).toBe('loading')
  expect(prefetch).toHaveBeenCalledWith('#/r/16cnma11r')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
})

test('saved progress loads the app at once: Continue replaces Start', async () => {
  localStorage.setItem(SAVE_KEY, JSON.stringify({ state: { answers: { severity: 2 } }, version: 1 }))
  openPage('')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
})

test('a load that fails once is tried again at once', async () => {
  let tries = 0
  load = () => (++tries === 1 ? fails() : arrives())
  openPage('#/card')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
  expect(tries).toBe(2)
  expect(bootState()).toBe('loading')
})

test('an app that cannot load shows the "could not load" message with focus on Reload', async () => {
  load = fails
  openPage('#/r/16cnma11r')
  await vi.waitFor(() => expect(bootState()).toBe('failed'))
  expect(mountApp).not.toHaveBeenCalled()
  const reload = document.querySelector('[data-boot-reload]')
  expect(reload).toHaveFocus()
  expect(reload).toHaveAttribute('aria-describedby', 'boot-failed')
})

test('a touch that fails to load the app leaves the working start page alone; Start then tries again and says why', async () => {
  load = fails
  openPage('')
  window.dispatchEvent(new Event('touchstart'))
  await settle()
  await settle()
  expect(bootState()).toBeNull()

  // Tapping Start (a plain link) changes the route: now the app is needed, and it still fails.
  go('#/check')
  expect(bootState()).toBe('loading')
  await vi.waitFor(() => expect(bootState()).toBe('failed'))
  // Back to the start page: it works without the app.
  go('#/')
  expect(bootState()).toBeNull()
})

test('a failed start on another screen is tried again at the next change of address, and can succeed', async () => {
  load = fails
  openPage('#/card')
  await vi.waitFor(() => expect(bootState()).toBe('failed'))
  load = arrives
  go('#/check')
  expect(bootState()).toBe('loading')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
})

test('after a failed touch, the next touch tries again', async () => {
  load = fails
  openPage('')
  window.dispatchEvent(new Event('pointerdown'))
  await settle()
  await settle()
  load = arrives
  window.dispatchEvent(new Event('pointerdown'))
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), true))
})

test('an app that never arrives is given up after APP_TIMEOUT_MS; if it comes late it still draws', async () => {
  let arrive = () => {}
  const late = new Promise<void>((resolve) => (arrive = resolve))
  load = () => late.then(arrives)
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  openPage('#/r/16cnma11r')
  await vi.advanceTimersByTimeAsync(APP_TIMEOUT_MS - 1)
  expect(bootState()).toBe('loading')
  await vi.advanceTimersByTimeAsync(1)
  expect(bootState()).toBe('failed')
  arrive()
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledTimes(1))
})

test("once the app is on screen, a change of address is the router's alone", async () => {
  openPage('#/card')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledTimes(1))
  setBootState('ready')
  go('#/')
  go('#/check')
  await settle()
  expect(mountApp).toHaveBeenCalledTimes(1)
  expect(bootState()).toBe('ready')
})

test('an empty page (the development server has no prerendered start page) starts the app at once', async () => {
  document.body.innerHTML = '<div id="root"></div>'
  openPage('')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
})
