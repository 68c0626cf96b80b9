// What the first paint may show. Free of React and the store, so the page's entry script stays tiny.
// public/boot.js runs the same test before the first paint (a classic script: no imports).

import { SAVE_KEY } from '../state/save-key'

/**
 * The attribute public/boot.js and src/main.tsx put on <html> while the app is not on screen yet:
 * `loading` hides the prerendered start page (it is not what this visit shows) behind a quiet
 * progress bar; `failed` shows the "could not load" message. The app removes it when it commits.
 */
export const BOOT_ATTRIBUTE = 'data-boot'
export type BootState = 'loading' | 'failed'

/** The start route's fragments: none, a bare '#', or '#/'. */
export function isStartHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/'
}

/**
 * True when the prerendered HTML (the start page of a first-time visitor) is what the app would
 * render: the start route and no saved progress. Anything else (a shared link, a question, saved
 * progress that turns Start into Continue) needs the app before it can be shown.
 * Unreadable storage (private mode, blocked) counts as nothing saved, as the store treats it.
 */
export function showsPrerenderedView(hash: string, storage: () => Pick<Storage, 'getItem'>): boolean {
  if (!isStartHash(hash)) return false
  try {
    return storage().getItem(SAVE_KEY) === null
  } catch {
    return true
  }
}

export function setBootState(state: BootState | null, root: HTMLElement = document.documentElement) {
  if (state === null) root.removeAttribute(BOOT_ATTRIBUTE)
  else root.setAttribute(BOOT_ATTRIBUTE, state)
}
