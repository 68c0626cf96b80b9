// The page before the app is on screen. The built index.html carries the start page prerendered
// and, inline in its <head>, the script that `firstPaintScript()` returns: it runs before the first
// paint and says, through one attribute on <html>, what the page shows until the app has drawn.
// src/main.tsx loads the app; the app marks itself ready when it draws (src/app.tsx).
export const BOOT_ATTRIBUTE = 'data-boot'

/**
 * No attribute: the prerendered start page is on screen and works without the app (Start is a
 * plain link). `loading`: the address names another screen (or saved progress turns Start into
 * Continue), so the start page is hidden behind a progress bar, with a "taking longer than
 * usual" message and Reload after 10 s (styles.css). `shared`: a shared link's first screen
 * (shared-first-paint.ts) is on screen while the app is on its way. `failed`: the app could not
 * load; a message and Reload. `ready`: the app is on screen and follows the address itself.
 */
export type BootState = 'loading' | 'shared' | 'failed' | 'ready'

export function setBootState(state: BootState | null, root: HTMLElement = document.documentElement): void {
  if (state === null) root.removeAttribute(BOOT_ATTRIBUTE)
  else root.setAttribute(BOOT_ATTRIBUTE, state)
}

export function bootState(root: HTMLElement = document.documentElement): BootState | null {
  return root.getAttribute(BOOT_ATTRIBUTE) as BootState | null
}

/** The built files the inline script loads; scripts/check-size.mjs reads them back from the page. */
export interface BootFiles {
  /** The page's entry script (src/main.tsx), added once the first screen has painted. */
  entry: string | null
  /** The app's chunk, which a page other than the start page needs at once. */
  app: readonly string[]
  /** For a shared link: shared-first-paint.ts's script and the result's stylesheets. */
  shared: { script: string; styles: readonly string[] } | null
}

/** How the inline script names its files, `const files = {…}` on one line, for scripts/check-size.mjs. */
export const BOOT_FILES_PATTERN = /const files = (\{[^\n]*\})\n/

/** The event shared-first-paint.ts sends when it is done, painted or not: the page then loads the app. */
export const SHARED_PAINTED_EVENT = 'massage-match:shared-painted'

/** The mark on the result's stylesheets that the inline script adds for a shared link's first screen. */
export const SHARED_STYLES_ATTRIBUTE = 'data-shared-styles'

const NO_FILES: BootFiles = { entry: null, app: [], shared: null }

/**
 * The inline script. It must run before the first paint, so it cannot wait for a module: it is
 * plain text put in index.html by scripts/vite-first-paint.ts, allowed by the CSP through its
 * hash. It decides from the address alone whether the start page fits, and follows the address
 * until the app is ready, so the address and the screen never disagree even when the app never
 * arrives; the Reload button works without the app. `isStart` is route-table.ts's isStartHash
 * for the start route ('', '#', '#/', a query after it), `isShared` its shared route ('#/r',
 * '#/r/…'); first-paint.test.ts holds them equal.
 *
 * The entry script is not in the page's HTML: it is added once the first screen has painted, so
 * nothing but the HTML stands between the address and the first paint. Another screen than the
 * start page starts the app's chunk downloading at once beside it; a shared link first loads
 * `files.shared` (its first screen, painted by shared-first-paint.ts) and then the app.
 */
export function firstPaintScript({
  saveKey,
  journal = null,
  files = NO_FILES,
}: {
  /** The localStorage key of saved progress (src/state/save-key.ts). */
  saveKey: string
  /**
   * The journal's keys (any one of them there: a journal) and the attribute <html> gets while it
   * is there (src/state/journal-key.ts, passed in by the build so this module, in the entry chunk,
   * does not carry them).
   */
  journal?: { keys: readonly string[]; attribute: string } | null
  files?: BootFiles
}): string {
  return `(() => {
  const html = document.documentElement
  const path = () => location.hash.replace(/^#/, '').split(/[?#]/)[0]
  const isStart = () => /^\\/*$/.test(path())
  const isShared = () => /^\\/r(\\/|$)/i.test(path())
  const files = ${JSON.stringify(files)}
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
  const add = (tag, attributes) => {
    const made = document.createElement(tag)
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value)
    document.head.append(made)
    return made
  }
  const preloadApp = () => files.app.forEach((href) => add('link', { rel: 'modulepreload', href }))
  const shared = files.shared && isShared() && html.hasAttribute('${BOOT_ATTRIBUTE}')
  let started = false
  const start = () => {
    if (started || !files.entry) return
    started = true
    if (shared) preloadApp()
    add('script', { type: 'module', src: files.entry })
  }
  // After the next paint (a hidden tab paints nothing: at once).
  const afterPaint = () =>
    document.visibilityState === 'hidden' ? setTimeout(start) : requestAnimationFrame(() => setTimeout(start))
  if (shared) {
    for (const href of files.shared.styles) add('link', { rel: 'stylesheet', href, '${SHARED_STYLES_ATTRIBUTE}': '' })
    document.addEventListener('${SHARED_PAINTED_EVENT}', afterPaint, { once: true })
    add('script', { src: files.shared.script }).addEventListener('error', start)
    // Whatever becomes of the first screen, the app comes.
    setTimeout(start, 3000)
  } else {
    if (html.hasAttribute('${BOOT_ATTRIBUTE}')) preloadApp()
    afterPaint()
  }
  addEventListener('hashchange', follow)
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-boot-reload]')) location.reload()
  })
})()`
}
