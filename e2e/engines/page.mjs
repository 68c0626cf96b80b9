// Engine-neutral helpers for the cross-engine tests: polling, and small functions that run in the page.
// Page functions are sent to the browser as source, so they must not use anything from this module.

/** Polls `check` until it returns a truthy value (returned), or fails after `timeout` ms. */
export async function waitFor(check, { timeout = 15_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout
  let last
  for (;;) {
    try {
      last = await check()
      if (last) return last
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last)
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (last: ${seen})`)
    }
    await new Promise((done) => setTimeout(done, interval))
  }
}

/**
 * In the page: the visible control a person would call `name` (a button, link, radio, checkbox or
 * summary, named by its label or text, exactly), or a CSS selector's first visible match when `name`
 * starts with "css=".
 */
export function findControl(name) {
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim()
  const visible = (el) => el.checkVisibility()
  if (name.startsWith('css=')) return [...document.querySelectorAll(name.slice(4))].find(visible) ?? null
  const nameOf = (el) => {
    if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'))
    const ids = el.getAttribute('aria-labelledby')
    if (ids)
      return clean(
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      )
    if (el.labels?.length) return clean(el.labels[0].textContent)
    return clean(el.textContent)
  }
  const controls = document.querySelectorAll(
    'button, a[href], input[type=radio], input[type=checkbox], summary, [role=button]',
  )
  return [...controls].find((el) => visible(el) && nameOf(el) === name) ?? null
}

/** In the page: the visible h1's text (React may keep a previous screen in the page, hidden). */
export function headingText() {
  const h1 = [...document.querySelectorAll('h1')].find((el) => el.checkVisibility())
  return h1 ? h1.textContent.replace(/\s+/g, ' ').trim() : null
}

/** In the page: whether some visible element's text contains `text`. */
export function pageHasText(text) {
  return document.body.innerText.replace(/\s+/g, ' ').includes(text)
}

/** In the page: the names of the checked radios and checkboxes (their labels, as a person reads them). */
export function checkedNames() {
  return [...document.querySelectorAll('input:checked')]
    .filter((el) => el.checkVisibility())
    .map((el) => {
      const ids = el.getAttribute('aria-labelledby')
      const label = ids ? document.getElementById(ids)?.textContent : el.labels?.[0]?.textContent
      return (label ?? '').replace(/\s+/g, ' ').trim()
    })
}

/**
 * In the page: the layout of the current screen at this width.
 * - overflow: how far the page is wider than the window (0 when it fits).
 * - fieldsetGaps: for each visible fieldset, the empty space between its last child's bottom and the
 *   fieldset's content bottom (its bottom edge less border and padding), in px.
 */
export function layoutReport() {
  const root = document.documentElement
  const fieldsetGaps = [...document.querySelectorAll('fieldset')]
    .filter((el) => el.checkVisibility() && el.lastElementChild)
    .map((el) => {
      const style = getComputedStyle(el)
      const contentBottom =
        el.getBoundingClientRect().bottom -
        parseFloat(style.borderBottomWidth) -
        parseFloat(style.paddingBottom)
      const childBottom = el.lastElementChild.getBoundingClientRect().bottom
      const legend = el.querySelector('legend')?.textContent.replace(/\s+/g, ' ').trim() ?? ''
      return { legend, gap: Math.round((contentBottom - childBottom) * 10) / 10 }
    })
  return { width: innerWidth, overflow: Math.max(0, root.scrollWidth - innerWidth), fieldsetGaps }
}

/** In the page: whether a service worker controls it. */
export function controlledByServiceWorker() {
  return navigator.serviceWorker?.controller != null
}

/** In the page, for engines without an error log: keeps uncaught errors and rejections in window. */
export function recordErrors() {
  if (window.__engineErrors) return
  window.__engineErrors = []
  window.addEventListener('error', (event) => {
    window.__engineErrors.push(`error: ${event.message || String(event.error)}`)
  })
  window.addEventListener('unhandledrejection', (event) => {
    window.__engineErrors.push(`unhandledrejection: ${event.reason?.message ?? String(event.reason)}`)
  })
}

/** In the page: takes the errors recordErrors has kept (each is returned once). */
export function takeRecordedErrors() {
  return window.__engineErrors?.splice(0) ?? []
}

/**
 * In the page: resolves after `count` frames. Three let a ResizeObserver see the last change (its
 * pass ends the first frame) and what its callback leaves to the next frame be done.
 */
export function afterFrames(count) {
  return new Promise((done) => {
    const step = (left) => (left === 0 ? done(true) : requestAnimationFrame(() => step(left - 1)))
    step(count)
  })
}

/**
 * In the page: the journal's check-ins table and its scroll box (the region named by the table's
 * caption), as a person sees them; null while there is no such table.
 * - box: the scroll box's left and right edges on the screen, its width and its content's width;
 * - hintShown: whether "Slide the table sideways to see more" shows; tabStop: the box's tabindex;
 * - captionInBox: whether the caption's title lies within the box's edges (half a pixel either way:
 *   the table's width is fractional, the scroll width whole);
 * - rows: each row's day (its time's datetime) and its cells' text, newest first.
 */
export function journalTable() {
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim()
  const title = 'Your check-ins, newest first'
  const table = [...document.querySelectorAll('table')].find(
    (el) => el.checkVisibility() && clean(el.caption?.textContent).startsWith(title),
  )
  const box = table?.closest('[role=region]')
  if (!table || !box) return null
  const titleBox = [...table.caption.querySelectorAll('*')]
    .find((el) => clean(el.textContent) === title)
    .getBoundingClientRect()
  const hint = [...table.caption.querySelectorAll('*')].find(
    (el) => clean(el.textContent) === 'Slide the table sideways to see more',
  )
  const frame = box.getBoundingClientRect()
  return {
    box: { left: frame.left, right: frame.right, width: box.clientWidth, content: box.scrollWidth },
    hintShown: hint?.checkVisibility() ?? false,
    tabStop: box.getAttribute('tabindex'),
    captionInBox: titleBox.left >= frame.left - 0.5 && titleBox.right <= frame.right + 0.5,
    rows: [...table.tBodies[0].rows].map((row) => ({
      day: row.querySelector('time')?.getAttribute('datetime') ?? null,
      cells: [...row.cells].map((cell) => clean(cell.textContent)),
    })),
  }
}

/** In the page: the visible images drawn in SVG with a name (role img): the name and the right edge. */
export function namedSvgImages() {
  return [...document.querySelectorAll('svg[role=img]')]
    .filter((el) => el.checkVisibility() && el.getAttribute('aria-label'))
    .map((el) => ({ name: el.getAttribute('aria-label'), right: el.getBoundingClientRect().right }))
}

/** In the page: scrolls the check-ins table's box to its right end, as a finger sliding it would. */
export function scrollJournalTableToEnd() {
  const box = [...document.querySelectorAll('[role=region]')].find((el) => el.querySelector('table'))
  box.scrollLeft = box.scrollWidth
  return box.scrollLeft
}

/** In the page: sets the root font size ('' for the phone's normal text), as a larger text setting does. */
export function setTextSize(size) {
  document.documentElement.style.fontSize = size
  return true
}
