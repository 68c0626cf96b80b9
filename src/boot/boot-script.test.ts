// public/boot.js is a classic script with no imports (it runs before the first paint, and the CSP
// allows no inline script): it repeats the first-view test. These tests run the real file and
// hold it to src/boot/first-view.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { SAVE_KEY } from '../state/save-key'
import { BOOT_ATTRIBUTE, showsPrerenderedView } from './first-view'

const source = readFileSync(join(process.cwd(), 'public/boot.js'), 'utf8')

function runBootScript(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  document.documentElement.removeAttribute(BOOT_ATTRIBUTE)
  // Indirect eval runs the file as the browser would: a classic script in the global scope.
  ;(0, eval)(source)
  return document.documentElement.getAttribute(BOOT_ATTRIBUTE)
}

afterEach(() => {
  document.documentElement.removeAttribute(BOOT_ATTRIBUTE)
})

const HASHES = [
  '',
  '#',
  '#/',
  '#/check',
  '#/stop',
  '#/q/1',
  '#/q/7',
  '#/r/16cnma11r',
  '#/r/',
  '#/card',
  '#/nope',
]
const SAVES = [null, '{"state":{"answers":{"severity":3}},"version":1}', 'not json']

test('boot.js marks the page loading exactly when the prerendered start page does not fit', () => {
  for (const hash of HASHES) {
    for (const saved of SAVES) {
      localStorage.clear()
      if (saved !== null) localStorage.setItem(SAVE_KEY, saved)
      const fits = showsPrerenderedView(hash, () => localStorage)
      expect(runBootScript(hash), `${hash} with ${saved}`).toBe(fits ? null : 'loading')
    }
  }
})

test('boot.js uses the store key and survives blocked storage', () => {
  expect(source).toContain(`'${SAVE_KEY}'`)
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError')
  })
  expect(runBootScript('')).toBeNull()
  expect(runBootScript('#/r/16cnma11r')).toBe('loading')
})

test('boot.js leaves nothing behind in the global scope', () => {
  const before = new Set(Object.keys(window))
  runBootScript('#/check')
  expect(Object.keys(window).filter((key) => !before.has(key))).toEqual([])
})
