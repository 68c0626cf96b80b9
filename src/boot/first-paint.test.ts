// The inline first-paint script runs here as the browser runs it (a classic script in the global
// scope) and is held to the route table's idea of the start page.
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { isStartHash, routeForHash } from '../routes/route-table'
import { JOURNAL_ATTRIBUTE, JOURNAL_KEY, JOURNAL_MARKER_KEYS, JOURNAL_META_KEY } from '../state/journal-key'
import { SAVE_KEY } from '../state/save-key'
import {
  BOOT_ATTRIBUTE,
  BOOT_FILES_PATTERN,
  SHARED_PAINTED_EVENT,
  SHARED_STYLES_ATTRIBUTE,
  bootState,
  firstPaintScript,
  setBootState,
  type BootFiles,
} from './first-paint'

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
  document.head.querySelectorAll('link, script').forEach((added) => added.remove())
  vi.useRealTimers()
  localStorage.clear()
})

const NO_FILES: BootFiles = { entry: null, app: [], shared: null }

function runAt(hash: string, files: BootFiles = NO_FILES) {
  window.history.replaceState(null, '', `/${hash}`)
  html.removeAttribute(BOOT_ATTRIBUTE)
  ;(0, eval)(firstPaintScript({ saveKey: SAVE_KEY, files }))
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

const FILES: BootFiles = {
  entry: './assets/index-1.js',
  app: ['./assets/app-1.js'],
  shared: { script: './assets/shared-first-paint-1.js', styles: ['./assets/result-1.css'] },
}

const added = (selector: string, attribute = 'href') =>
  [...document.head.querySelectorAll(selector)].map((element) => element.getAttribute(attribute))

/** Runs what the script left for after the next paint (a frame, then a task). */
function paint() {
  vi.advanceTimersByTime(50)
}

test("the shared route is the route table's, and only a shared link loads its first screen", () => {
  vi.useFakeTimers()
  for (const hash of [...HASHES, '#/r', '#/R/abc', '#/r/x?utm=1', '#/result', '#/rx', '#/journal/r']) {
    runAt(hash, FILES)
    const shared = routeForHash(hash) === 'shared'
    expect(added('script[src]', 'src').includes(FILES.shared!.script), hash).toBe(shared)
    document.head.querySelectorAll('link, script').forEach((element) => element.remove())
  }
})

test('the entry script comes after the first paint; a page other than the start page fetches the app beside it', () => {
  vi.useFakeTimers()
  runAt('', FILES)
  expect(added('script')).toEqual([])
  paint()
  expect(added('script[type=module]', 'src')).toEqual([FILES.entry])
  expect(added('link[rel=modulepreload]')).toEqual([])
  document.head.querySelectorAll('link, script').forEach((element) => element.remove())

  runAt('#/check', FILES)
  expect(added('link[rel=modulepreload]')).toEqual(FILES.app)
  paint()
  expect(added('script[type=module]', 'src')).toEqual([FILES.entry])
})

test("a shared link loads its first screen and the result's stylesheet first, and the app once that has painted", () => {
  vi.useFakeTimers()
  expect(runAt('#/r/16cnma11r', FILES)).toBe('loading')
  expect(added('script:not([type])', 'src')).toEqual([FILES.shared!.script])
  expect(added(`link[rel=stylesheet][${SHARED_STYLES_ATTRIBUTE}]`)).toEqual(FILES.shared!.styles)
  paint()
  expect(added('script[type=module]', 'src')).toEqual([])
  expect(added('link[rel=modulepreload]')).toEqual([])
  document.dispatchEvent(new Event(SHARED_PAINTED_EVENT))
  paint()
  expect(added('script[type=module]', 'src')).toEqual([FILES.entry])
  expect(added('link[rel=modulepreload]')).toEqual(FILES.app)
})

test('a shared link whose first screen never comes still gets the app', () => {
  vi.useFakeTimers()
  runAt('#/r/16cnma11r', FILES)
  document.head.querySelector('script')!.dispatchEvent(new Event('error'))
  expect(added('script[type=module]', 'src')).toEqual([FILES.entry])
  document.head.querySelectorAll('link, script').forEach((element) => element.remove())

  runAt('#/r/16cnma11r', FILES)
  vi.advanceTimersByTime(3000)
  expect(added('script[type=module]', 'src')).toEqual([FILES.entry])
})

test('the script names its files on one line that scripts/check-size.mjs reads back', () => {
  const script = firstPaintScript({ saveKey: SAVE_KEY, files: FILES })
  expect(JSON.parse(script.match(BOOT_FILES_PATTERN)![1]!)).toEqual(FILES)
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
