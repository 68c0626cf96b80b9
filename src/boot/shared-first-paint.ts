// A shared link's first screen before the app: the sender's pick, the adjusted notice where the
// sender's safety check ruled types out, and the way to the safety check. The inline first-paint
// script (first-paint.ts) loads this as a small script of its own, only for a shared link, beside
// the result's stylesheet; it decodes the link with the app's own codec and ranking (src/share,
// src/engine) and builds the same elements as the result screen's first screen (shared-result.tsx),
// so the app, when it draws, replaces them at the same place. A link that does not open paints
// nothing here: the app's message follows. Why: docs/decisions/0023-shared-first-paint.md.
import { MASSAGE_NAMES, MASSAGE_PROFILES, TYPE_DETAILS, type MassageType } from '../engine'
import { SHARED_WORDS, sharedPick } from '../features/result/shared-pick'
import { fromShareHash } from '../share/link'
import {
  BOOT_ATTRIBUTE,
  SHARED_PAINTED_EVENT,
  SHARED_STYLES_ATTRIBUTE,
  bootState,
  setBootState,
} from './first-paint'

type Child = Node | string | null

function element(
  doc: Document,
  tag: string,
  attributes: Record<string, string>,
  children: readonly Child[] = [],
  namespace?: string,
): Element {
  const made = namespace ? doc.createElementNS(namespace, tag) : doc.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value)
  for (const child of children) if (child !== null) made.append(child)
  return made
}

const SVG = 'http://www.w3.org/2000/svg'

/** massage-picture.tsx's drawing, as React renders it. */
function picture(doc: Document, type: MassageType): Element {
  const svg = (tag: string, attributes: Record<string, string>, children: readonly Child[] = []) =>
    element(doc, tag, attributes, children, SVG)
  const shapes = TYPE_DETAILS[type].drawing.map((shape) => {
    if (typeof shape === 'string') return svg('path', { d: shape })
    const [cx, cy, r] = shape.circle
    return svg('circle', { cx: String(cx), cy: String(cy), r: String(r) })
  })
  return svg(
    'svg',
    {
      class: 'massage-picture',
      width: '64',
      height: '64',
      viewBox: '0 0 96 96',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    [
      svg('circle', { cx: '48', cy: '48', r: '46', class: 'massage-picture-bg' }),
      svg(
        'g',
        {
          fill: 'none',
          'stroke-width': '3',
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
          class: 'massage-picture-lines',
        },
        shapes,
      ),
    ],
  )
}

/** The result screen's own "Take the safety check", once the app has drawn it. */
const appButton = (doc: Document) => doc.querySelector<HTMLButtonElement>('main .shared-notice button')

/**
 * Runs `then` once the app has drawn its first screen (and its effects have run). A tap on the
 * first paint's button waits for it: the app's button also keeps the link's answers for the quiz,
 * which only the app can do.
 */
function whenAppReady(doc: Document, then: () => void) {
  const ready = () => bootState(doc.documentElement) === 'ready'
  if (ready()) return then()
  const watch = new MutationObserver(() => {
    if (!ready()) return
    watch.disconnect()
    setTimeout(then)
  })
  watch.observe(doc.documentElement, { attributes: true, attributeFilter: [BOOT_ATTRIBUTE] })
}

/**
 * The shared result's first screen for a link, as shared-result.tsx draws it (the hero or the
 * "no massage type" heading, the adjusted notice, the shared notice and its button), or null for a
 * link that does not open. The button goes to the safety check once the app is there.
 */
export function sharedFirstScreen(hash: string, doc: Document = document): Element | null {
  const parsed = fromShareHash(hash)
  if (!parsed.ok) return null
  const { first, eyebrow, adjusted } = sharedPick(parsed.answers, parsed.avoid)
  const el = (tag: string, attributes: Record<string, string>, children: readonly Child[] = []) =>
    element(doc, tag, attributes, children)
  const hero = first
    ? el('div', { class: 'result-hero' }, [
        el('div', {}, [
          el('p', { class: 'result-eyebrow' }, [eyebrow]),
          el('h1', { class: 'result-name' }, [MASSAGE_NAMES[first.type]]),
          el('p', { class: 'result-tagline' }, [MASSAGE_PROFILES[first.type].tagline]),
        ]),
        picture(doc, first.type),
      ])
    : el('h1', {}, [SHARED_WORDS.nothingHeading])
  const button = el('button', { type: 'button', class: 'button button-primary' }, [SHARED_WORDS.takeCheck])
  button.addEventListener('click', () => whenAppReady(doc, () => appButton(doc)?.click()))
  return el('div', { class: 'result-page' }, [
    hero,
    adjusted
      ? el('p', { class: 'shared-adjusted' }, [first ? SHARED_WORDS.adjusted : SHARED_WORDS.adjustedNothing])
      : null,
    el('div', { class: 'shared-notice' }, [
      el('p', { class: 'shared-notice-title' }, [SHARED_WORDS.noticeTitle]),
      el('p', {}, [SHARED_WORDS.notice]),
      button,
    ]),
  ])
}

/** Calls `done(true)` once every stylesheet the first-paint script added has loaded, `done(false)` if one failed. */
function whenStylesLoaded(doc: Document, done: (loaded: boolean) => void) {
  const links = [...doc.querySelectorAll<HTMLLinkElement>(`link[${SHARED_STYLES_ATTRIBUTE}]`)]
  let waiting = links.length
  let failed = false
  const settle = (ok: boolean) => {
    failed ||= !ok
    if (--waiting === 0) done(!failed)
  }
  if (waiting === 0) return done(true)
  for (const link of links) {
    if (link.sheet) settle(true)
    else {
      link.addEventListener('load', () => settle(true), { once: true })
      link.addEventListener('error', () => settle(false), { once: true })
    }
  }
}

/**
 * Paints the shared result's first screen into the prerendered page's <main> while the app is on
 * its way (the page is in its loading state), once its stylesheet is there; the page then shows it
 * (data-boot="shared"). Leaving the link before the app has come puts the start page back.
 * Sends SHARED_PAINTED_EVENT when done, painted or not.
 */
export function paintSharedResult(doc: Document = document): void {
  const hash = location.hash
  const main = doc.querySelector('#root main')
  const screen = main && bootState() === 'loading' ? sharedFirstScreen(hash, doc) : null
  const finish = () => {
    doc.dispatchEvent(new Event(SHARED_PAINTED_EVENT))
  }
  if (!main || !screen) return finish()
  whenStylesLoaded(doc, (loaded) => {
    // The person may have left the link meanwhile, or the app may have drawn it already.
    if (loaded && location.hash === hash && bootState() === 'loading') {
      const startPage = [...main.childNodes]
      main.replaceChildren(screen)
      setBootState('shared')
      addEventListener('hashchange', function restore() {
        if (bootState() === 'ready') return removeEventListener('hashchange', restore)
        if (location.hash === hash) return
        main.replaceChildren(...startPage)
        removeEventListener('hashchange', restore)
      })
    }
    finish()
  })
}
