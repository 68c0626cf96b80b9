// The page's entry script (src/main.tsx) decides when the app is loaded and whether it hydrates
// the prerendered start page. The app itself (src/mount.tsx) is replaced by a spy here.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { BOOT_ATTRIBUTE } from './boot/first-view'
import { SAVE_KEY } from './state/save-key'

const mountApp = vi.fn()

function prerenderedPage() {
  document.body.innerHTML =
    '<div id="root"><div class="app"><a href="#/check">Start</a></div></div>' +
    '<div class="boot-problem"><button type="button" data-boot-reload>Reload</button></div>'
}

async function openEntry(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  vi.resetModules()
  await import('./main')
}

/** The app chunk cannot be loaded (offline, or gone from the server). */
function failingMount() {
  vi.doMock('./mount', () => {
    throw new Error('offline')
  })
}

/** Lets the entry's dynamic imports settle. */
const settle = () => vi.waitFor(() => new Promise((resolve) => setTimeout(resolve, 0)))

beforeEach(() => {
  prerenderedPage()
  mountApp.mockReset()
  vi.doMock('./mount', () => ({ mountApp }))
})

afterEach(() => {
  document.documentElement.removeAttribute(BOOT_ATTRIBUTE)
  vi.doUnmock('./mount')
})

test('a first-time visitor on the start page gets no app until the first touch, then it hydrates', async () => {
  await openEntry('')
  await settle()
  expect(mountApp).not.toHaveBeenCalled()

  window.dispatchEvent(new Event('pointerdown'))
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledTimes(1))
  expect(mountApp).toHaveBeenCalledWith(document.getElementById('root'), true)

  // Later touches, keys and focus load nothing more.
  window.dispatchEvent(new Event('keydown'))
  window.dispatchEvent(new Event('focusin'))
  await settle()
  expect(mountApp).toHaveBeenCalledTimes(1)
})

test('a key press or focus (keyboard and screen reader users) loads the app too', async () => {
  for (const intent of ['keydown', 'focusin']) {
    mountApp.mockReset()
    await openEntry('#/')
    window.dispatchEvent(new Event(intent))
    await vi.waitFor(() => expect(mountApp, intent).toHaveBeenCalledWith(expect.anything(), true))
  }
})

test('Start tapped before the app is here: the start page hides and the app renders the next screen afresh', async () => {
  await openEntry('')
  window.history.replaceState(null, '', '/#/check')
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  expect(document.documentElement.getAttribute(BOOT_ATTRIBUTE)).toBe('loading')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(document.getElementById('root'), false))
})

test('a shared link loads the app at once and renders it afresh', async () => {
  await openEntry('#/r/16cnma11r')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(document.getElementById('root'), false))
})

test('saved progress loads the app at once: Continue replaces Start', async () => {
  localStorage.setItem(SAVE_KEY, JSON.stringify({ state: { answers: { severity: 2 } }, version: 1 }))
  await openEntry('')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(document.getElementById('root'), false))
})

test('an app that cannot load shows the "could not load" message with focus on Reload', async () => {
  failingMount()
  await openEntry('#/r/16cnma11r')
  await vi.waitFor(() => expect(document.documentElement.getAttribute(BOOT_ATTRIBUTE)).toBe('failed'))
  expect(mountApp).not.toHaveBeenCalled()
  const reload = document.querySelector('[data-boot-reload]')
  expect(reload).toHaveFocus()
  expect(reload).toHaveAttribute('aria-describedby', 'boot-failed')
})

test('a touch that fails to load the app leaves the working start page alone; Start then says why', async () => {
  failingMount()
  await openEntry('')
  window.dispatchEvent(new Event('touchstart'))
  await settle()
  await settle()
  expect(document.documentElement.hasAttribute(BOOT_ATTRIBUTE)).toBe(false)

  // Tapping Start (a plain link) changes the route: now the app is needed, and it still fails.
  window.history.replaceState(null, '', '/#/check')
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  expect(document.documentElement.getAttribute(BOOT_ATTRIBUTE)).toBe('loading')
  await vi.waitFor(() => expect(document.documentElement.getAttribute(BOOT_ATTRIBUTE)).toBe('failed'))
})

test('after a failed touch, the next touch tries again', async () => {
  failingMount()
  await openEntry('')
  window.dispatchEvent(new Event('pointerdown'))
  await settle()
  await settle()
  vi.doMock('./mount', () => ({ mountApp }))
  window.dispatchEvent(new Event('pointerdown'))
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(document.getElementById('root'), true))
})

test('an empty page (the development server has no prerendered start page) starts the app at once', async () => {
  document.body.innerHTML = '<div id="root"></div>'
  await openEntry('')
  await vi.waitFor(() => expect(mountApp).toHaveBeenCalledWith(document.getElementById('root'), false))
})
