import { expect, test } from 'vitest'
import { SAVE_KEY } from '../state/save-key'
import { BOOT_ATTRIBUTE, isStartHash, setBootState, showsPrerenderedView } from './first-view'

const storageWith = (saved: string | null) => () => ({
  getItem: (key: string) => (key === SAVE_KEY ? saved : null),
})

test('only no fragment, a bare # and #/ are the start route', () => {
  for (const hash of ['', '#', '#/']) expect(isStartHash(hash), hash).toBe(true)
  for (const hash of ['#/check', '#/q/1', '#/r/16cnma11r', '#//', '#/?x=1', '#x']) {
    expect(isStartHash(hash), hash).toBe(false)
  }
})

test('the prerendered start page fits a first-time visitor on the start route only', () => {
  expect(showsPrerenderedView('', storageWith(null))).toBe(true)
  expect(showsPrerenderedView('#/', storageWith(null))).toBe(true)
  // Saved progress turns Start into Continue and Start over.
  expect(showsPrerenderedView('', storageWith('{"state":{}}'))).toBe(false)
  // Any other screen: a shared result, a question, a page that does not exist.
  expect(showsPrerenderedView('#/r/16cnma11r', storageWith(null))).toBe(false)
  expect(showsPrerenderedView('#/q/3', storageWith(null))).toBe(false)
  expect(showsPrerenderedView('#/nowhere', storageWith(null))).toBe(false)
})

test('storage that throws counts as nothing saved, as the store treats it', () => {
  const blocked = () => {
    throw new DOMException('blocked', 'SecurityError')
  }
  expect(showsPrerenderedView('', blocked)).toBe(true)
  expect(showsPrerenderedView('#/check', blocked)).toBe(false)
})

test('the boot state is an attribute on <html>, cleared with null', () => {
  const html = document.documentElement
  setBootState('loading')
  expect(html.getAttribute(BOOT_ATTRIBUTE)).toBe('loading')
  setBootState('failed')
  expect(html.getAttribute(BOOT_ATTRIBUTE)).toBe('failed')
  setBootState(null)
  expect(html.hasAttribute(BOOT_ATTRIBUTE)).toBe(false)
})
