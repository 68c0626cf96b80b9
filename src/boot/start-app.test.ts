// When the app is loaded and whether it hydrates the prerendered start page. The inline
// first-paint script runs first, as in the built page; the app is a stand-in.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { SAVE_KEY } from '../state/save-key'
import { BOOT_ATTRIBUTE, bootState, firstPaintScript, setBootState } from './first-paint'
import { APP_TIMEOUT_MS, startApp } from './start-app'

const html = document.documentElement
/** The app stand-in records whether it would hydrate, as the real one asks, when it mounts. */
const mountApp = vi.fn()
const app = { mountApp: (root: HTMLElement, canHydrate: () => boolean) => mountApp(root, canHydrate()) }
const prefetch = vi.fn()
let cleanups: (() => void)[] = []
/** The task startApp left for when the browser is idle: the test says when that is. */
let idleTask: (() => void) | null = null
const becomeIdle = () => idleTask?.()

/** The app's chunk: here at once, failing (offline, or gone from the server), or as a test says. */
let load: () => Promise<typeof app>
const arrives = () => Promise.resolve(app)
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
  idleTask = null
  cleanups.push(
    startApp({ root: root(), load: () => load(), prefetch, whenIdle: (task) => (idleTask = task) }),
  )
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

test('a first-time visitor sees the start page at once; the app loads when the browser is idle and hydrates it', async () => {
  openPage('')
  await settle()
  expect(mountApp).not.toHaveBeenCalled()
  expect(bootState()).toBeNull()

  becomeIdle()
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledTimes(1))
  expect(mountApp).toHaveBeenCalledWith(root(), true)
  expect(prefetch).toHaveBeenCalledWith('')

  // Once is enough: a tap on Start afterwards is the router's.
  becomeIdle()
  await settle()
  expect(mountApp).toHaveBeenCalledTimes(1)
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

test('an idle load that fails leaves the working start page alone; Start then tries again and says why', async () => {
  load = fails
  openPage('')
  becomeIdle()
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

test('after a failed idle load, a tap on Start tries again and the app draws the safety check', async () => {
  load = fails
  openPage('')
  becomeIdle()
  await settle()
  await settle()
  load = arrives
  go('#/check')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
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
  expect(mountApp).toHaveBeenCalledWith(root(), false)
})

test('a hung load given up on is tried again at the next change of address; the app draws once', async () => {
  let arrive = () => {}
  const late = new Promise<void>((resolve) => (arrive = resolve))
  let tries = 0
  load = () => (++tries === 1 ? late.then(arrives) : arrives())
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  openPage('#/card')
  await vi.advanceTimersByTimeAsync(APP_TIMEOUT_MS)
  expect(bootState()).toBe('failed')
  go('#/check')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledTimes(1))
  arrive()
  await vi.advanceTimersByTimeAsync(0)
  expect(mountApp).toHaveBeenCalledTimes(1)
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

test('Start tapped while the idle load is under way: the app renders the safety check afresh, never hydrating over it', async () => {
  let arrive = () => {}
  const late = new Promise<void>((resolve) => (arrive = resolve))
  load = () => late.then(arrives)
  openPage('')
  becomeIdle()
  go('#/check')
  expect(bootState()).toBe('loading')
  arrive()
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
})

test('Start tapped a moment before the app mounts, its hashchange event not yet sent: the app renders afresh, never hydrating the start page', async () => {
  openPage('')
  // A link's address changes at once; its hashchange event comes a task later.
  window.history.replaceState(null, '', '/#/check')
  becomeIdle()
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
})

test('progress saved after the first paint (another tab) makes the app render afresh, not hydrate the first-visit page', async () => {
  openPage('')
  localStorage.setItem(SAVE_KEY, JSON.stringify({ state: { answers: { severity: 2 } }, version: 1 }))
  becomeIdle()
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(root(), false))
})
