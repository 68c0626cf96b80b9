// The page before the app is on screen. The built index.html carries the start page prerendered
// and, inline in its <head>, the script that `firstPaintScript()` returns: it runs before the first
// paint and says, through one attribute on <html>, what the page shows until the app has drawn.
// src/main.tsx loads the app; the app marks itself ready when it draws (src/app.tsx).
export const BOOT_ATTRIBUTE = 'data-boot'

/**
 * No attribute: the prerendered start page is on screen and works without the app (Start is a
 * plain link). `loading`: the address names another screen (or saved progress turns Start into
 * Continue), so the start page is hidden behind a progress bar, with a "taking longer than
 * usual" message and Reload after 10 s (styles.css). `failed`: the app could not load; a message
 * and Reload. `ready`: the app is on screen and follows the address itself.
 */
export type BootState = 'loading' | 'failed' | 'ready'

export function setBootState(state: BootState | null, root: HTMLElement = document.documentElement): void {
  if (state === null) root.removeAttribute(BOOT_ATTRIBUTE)
  else root.setAttribute(BOOT_ATTRIBUTE, state)
}

export function bootState(root: HTMLElement = document.documentElement): BootState | null {
  return root.getAttribute(BOOT_ATTRIBUTE) as BootState | null
}

/**
 * The inline script. It must run before the first paint, so it cannot wait for a module: it is
 * plain text put in index.html by scripts/vite-first-paint.ts, allowed by the CSP through its
 * hash. It decides from the address alone whether the start page fits, and follows the address
 * until the app is ready, so the address and the screen never disagree even when the app never
 * arrives; the Reload button works without the app. When the app is needed at once, `appFiles`
 * (the app's chunk) start to download beside the entry script instead of after it. `isStart` is route-table.ts's isStartHash
 * for the start route ('', '#', '#/', a query after it); first-paint.test.ts holds them equal.
 */
export function firstPaintScript({
  saveKey,
  journal = null,
  appFiles = [],
}: {
  /** The localStorage key of saved progress (src/state/save-key.ts). */
  saveKey: string
  /**
   * The journal's keys (any one of them there: a journal) and the attribute <html> gets while it
   * is there (src/state/journal-key.ts, passed in by the build so this module, in the entry chunk,
   * does not carry them).
   */
  journal?: { keys: readonly string[]; attribute: string } | null
  appFiles?: readonly string[]
}): string {
  return `(() => {
  const html = document.documentElement
  const isStart = () => /^\\/*$/.test(location.hash.replace(/^#/, '').split(/[?#]/)[0])
  let saved = false
  try {
    saved = localStorage.getItem(${JSON.stringify(saveKey)}) !== null
    ${journal === null ? '' : `if (${JSON.stringify(journal.keys)}.some((key) => localStorage.getItem(key) !== null)) html.setAttribute(${JSON.stringify(journal.attribute)}, '')`}
  } catch {}
  const follow = () => {
    if (html.getAttribute('${BOOT_ATTRIBUTE}') === 'ready') return
    if (!saved && isStart()) html.removeAttribute('${BOOT_ATTRIBUTE}')
    else html.setAttribute('${BOOT_ATTRIBUTE}', 'loading')
  }
  follow()
  if (html.hasAttribute('${BOOT_ATTRIBUTE}')) {
    for (const href of ${JSON.stringify(appFiles)}) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.href = href
      document.head.append(link)
    }
  }
  addEventListener('hashchange', follow)
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-boot-reload]')) location.reload()
  })
})()`
}
