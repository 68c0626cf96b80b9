// The inline first-paint script runs here as the browser runs it (a classic script in the global
// scope) and is held to the route table's idea of the start page.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { isStartHash } from '../routes/route-table'
import { JOURNAL_ATTRIBUTE, JOURNAL_KEY, JOURNAL_MARKER_KEYS, JOURNAL_META_KEY } from '../state/journal-key'
import { SAVE_KEY } from '../state/save-key'
import { BOOT_ATTRIBUTE, bootState, firstPaintScript, setBootState } from './first-paint'

const html = document.documentElement
let listeners: [string, EventListenerOrEventListenerObject][] = []

beforeEach(() => {
  // The script listens on window and document; remember its listeners to remove them after.
  const add = EventTarget.prototype.addEventListener
  vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (listener) listeners.push([type, listener])
    add.call(this, type, listener, options)
  })
})

afterEach(() => {
  for (const [type, listener] of listeners) {
    window.removeEventListener(type, listener)
    document.removeEventListener(type, listener)
  }
  listeners = []
  html.removeAttribute(BOOT_ATTRIBUTE)
  document.head.querySelectorAll('link[rel=modulepreload]').forEach((link) => link.remove())
  localStorage.clear()
})

function runAt(hash: string, appFiles: string[] = []) {
  window.history.replaceState(null, '', `/${hash}`)
  html.removeAttribute(BOOT_ATTRIBUTE)
  ;(0, eval)(firstPaintScript({ saveKey: SAVE_KEY, appFiles }))
  return bootState()
}

function go(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  return bootState()
}

const HASHES = [
  '',
  '#',
  '#/',
  '#//',
  '#/?utm=1',
  '#/check',
  '#/stop',
  '#/q/1',
  '#/r/16cnma11r',
  '#/r/',
  '#/card',
  '#/nope',
  '#x',
]
const SAVES = [null, '{"state":{"answers":{"severity":3}},"version":1}', 'not json']

test('the page shows the prerendered start page exactly on the start route with nothing saved', () => {
  for (const hash of HASHES) {
    for (const saved of SAVES) {
      localStorage.clear()
      if (saved !== null) localStorage.setItem(SAVE_KEY, saved)
      const fits = isStartHash(hash) && saved === null
      expect(runAt(hash), `${hash} with ${saved}`).toBe(fits ? null : 'loading')
    }
  }
})

test('blocked storage counts as nothing saved', () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError')
  })
  expect(runAt('')).toBeNull()
  expect(runAt('#/r/16cnma11r')).toBe('loading')
})

test('until the app is ready, the page follows the address: start page, or the progress bar', () => {
  expect(runAt('')).toBeNull()
  expect(go('#/check')).toBe('loading')
  expect(go('#/')).toBeNull()
  // A failed start on another screen, then Back: the start page works again.
  setBootState('failed')
  expect(go('')).toBeNull()
  setBootState('failed')
  expect(go('#/card')).toBe('loading')
  // Once the app is ready, the router follows the address and the mark stays.
  setBootState('ready')
  expect(go('#/')).toBe('ready')
})

test('with saved progress even the start route waits for the app (Continue replaces Start)', () => {
  localStorage.setItem(SAVE_KEY, '{}')
  expect(runAt('')).toBe('loading')
  expect(go('#/check')).toBe('loading')
  expect(go('#/')).toBe('loading')
})

test('a page that needs the app at once starts downloading it beside the entry script', () => {
  const files = ['./assets/app-1.js']
  runAt('', files)
  expect(document.head.querySelectorAll('link[rel=modulepreload]')).toHaveLength(0)
  runAt('#/r/16cnma11r', files)
  const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')]
  expect(links.map((link) => link.getAttribute('href'))).toEqual(files)
})

test('Reload reloads the page without the app', () => {
  document.body.innerHTML = '<button type="button" data-boot-reload><span>Reload</span></button>'
  const reload = vi.fn()
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, hash: '', reload })
  runAt('')
  document.querySelector('span')!.dispatchEvent(new MouseEvent('click', { bubbles: true }))
  expect(reload).toHaveBeenCalledTimes(1)
})

test('the script leaves nothing behind in the global scope', () => {
  const before = new Set(Object.keys(window))
  runAt('#/check')
  expect(Object.keys(window).filter((key) => !before.has(key))).toEqual([])
})

test('a journal on this phone marks <html> before the first paint, so the start page shows its link', () => {
  const journal = { keys: JOURNAL_MARKER_KEYS, attribute: JOURNAL_ATTRIBUTE }
  const run = () => {
    html.removeAttribute(JOURNAL_ATTRIBUTE)
    ;(0, eval)(firstPaintScript({ saveKey: SAVE_KEY, journal }))
    return html.hasAttribute(JOURNAL_ATTRIBUTE)
  }
  window.history.replaceState(null, '', '/')
  expect(run()).toBe(false)
  // The journal as it is kept now, and as it was kept before (until the journal is next opened).
  localStorage.setItem(JOURNAL_META_KEY, '{}')
  expect(run()).toBe(true)
  localStorage.clear()
  expect(run()).toBe(false)
  localStorage.setItem(JOURNAL_KEY, '{}')
  expect(run()).toBe(true)
  // The start page itself still needs nothing from the app: the journal is not saved progress.
  expect(bootState()).toBeNull()
  html.removeAttribute(JOURNAL_ATTRIBUTE)
})
