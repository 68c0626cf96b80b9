// The shared link's first paint (before the app) against the app's own shared result: the same
// pick, the same notices, the same elements, for every answer set; nothing for a link that does not open.
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, expect, test, vi } from 'vitest'
import { MASSAGE_NAMES, MASSAGE_TYPES, ON_BACK_TYPES, type MassageType } from '../engine'
import { sharedResultView } from '../features/result/result-view'
import { SharedResult } from '../features/result/shared-result'
import { SHARED_WORDS } from '../features/result/shared-pick'
import { fromShareHash, toShareHash, toShareHashAvoiding } from '../share/link'
import { allAnswerSets, sample } from '../test/answer-sets'
import {
  BOOT_ATTRIBUTE,
  SHARED_PAINTED_EVENT,
  SHARED_STYLES_ATTRIBUTE,
  bootState,
  setBootState,
} from './first-paint'
import { paintSharedResult, sharedFirstScreen } from './shared-first-paint'

const AVOIDS: readonly (readonly MassageType[])[] = [
  [],
  ...MASSAGE_TYPES.map((type) => [type]),
  ['deep-tissue', 'trigger-point'],
  ON_BACK_TYPES,
  MASSAGE_TYPES,
]

afterEach(() => {
  document.documentElement.removeAttribute(BOOT_ATTRIBUTE)
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

test('for thousands of links, the first paint names the pick the app shows, and says when it is adjusted', () => {
  // Every fifth answer set with nothing ruled out; every 17th with each kind of ruled-out types.
  const cases = allAnswerSets().flatMap((answers, i) => [
    ...(i % 5 === 0 ? [{ answers, avoid: [] }] : []),
    ...(i % 17 === 0 ? AVOIDS.slice(1).map((avoid) => ({ answers, avoid })) : []),
  ])
  for (const { answers, avoid } of sample(cases)) {
    const screen = sharedFirstScreen(toShareHashAvoiding(answers, avoid))!
    const view = sharedResultView(answers, avoid)
    expect(screen.querySelector('h1')!.textContent).toBe(
      view.top ? view.top.name : SHARED_WORDS.nothingHeading,
    )
    expect(screen.querySelector('.shared-adjusted') !== null).toBe(view.adjusted)
  }
  expect(sample(cases).length * Number(process.env.MUTATION_STRIDE ?? 1)).toBeGreaterThan(3000)
})

test("the first paint is the shared result screen's first elements, as React draws them", () => {
  const sets = allAnswerSets().filter((_, i) => i % 199 === 0)
  for (const answers of sets) {
    for (const avoid of AVOIDS) {
      const hash = toShareHashAvoiding(answers, avoid)
      const painted = sharedFirstScreen(hash)!
      const holder = document.createElement('div')
      holder.innerHTML = renderToStaticMarkup(
        <SharedResult view={sharedResultView(answers, avoid)} onTakeCheck={() => undefined} />,
      )
      const page = holder.firstElementChild!
      expect(painted.className).toBe(page.className)
      const first = [...page.children].slice(0, painted.children.length)
      expect(
        [...painted.children].map((child) => child.outerHTML),
        hash,
      ).toEqual(first.map((child) => child.outerHTML))
      // What React draws after them is new, below: nothing the first paint drew moves.
      expect(page.children[painted.children.length]?.className ?? '').not.toMatch(/shared-notice|result-hero/)
    }
  }
})

test('a link that does not open paints nothing: every one-character change, a cut, a forged check character', () => {
  const good = toShareHashAvoiding(allAnswerSets()[123]!, ['reflexology'])
  const code = good.slice('#/r/'.length)
  const bad: string[] = [
    '#/r/',
    '#/r',
    `${good.slice(0, -1)}`,
    '#/r/9zzzzzzzzzz',
    '#/r/2' + 'z'.repeat(code.length - 1),
  ]
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'
  for (let i = 0; i < code.length; i++) {
    for (const char of alphabet) {
      if (char !== code[i]) bad.push(`#/r/${code.slice(0, i)}${char}${code.slice(i + 1)}`)
    }
  }
  for (const hash of bad) {
    const parsed = fromShareHash(hash)
    if (parsed.ok) continue
    expect(sharedFirstScreen(hash), hash).toBeNull()
  }
  expect(sharedFirstScreen(good)).not.toBeNull()
})

/** The prerendered page as the build leaves it: the start page in <main>, the result's stylesheet. */
function startPage(hash: string, stylesLoaded = true) {
  window.history.replaceState(null, '', `/${hash}`)
  document.head.innerHTML = ''
  document.body.innerHTML =
    '<div id="root"><div class="app"><header class="app-header"></header><main class="app-main"><div class="screen"><h1>Start</h1></div></main></div></div>'
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.setAttribute(SHARED_STYLES_ATTRIBUTE, '')
  if (stylesLoaded) Object.defineProperty(link, 'sheet', { value: {} })
  document.head.append(link)
  setBootState('loading')
  const painted = vi.fn()
  document.addEventListener(SHARED_PAINTED_EVENT, painted, { once: true })
  return { link, painted }
}

test('on the page, it paints into <main>, shows itself, says so, and puts the start page back if the person leaves first', () => {
  const hash = toShareHashAvoiding(allAnswerSets()[7]!, ['deep-tissue'])
  const { painted } = startPage(hash)
  paintSharedResult()
  expect(bootState()).toBe('shared')
  expect(painted).toHaveBeenCalledTimes(1)
  expect(document.querySelector('main h1')!.textContent).toBe(
    sharedResultView(allAnswerSets()[7]!, ['deep-tissue']).top?.name,
  )
  expect(document.querySelector('main .shared-adjusted')).not.toBeNull()

  window.history.replaceState(null, '', '/#/')
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  expect(document.querySelector('main h1')!.textContent).toBe('Start')
})

test("a tap on its button before the app has come is the app's tap once the app has drawn", async () => {
  startPage(toShareHash(allAnswerSets()[0]!))
  paintSharedResult()
  const button = document.querySelector<HTMLButtonElement>('main button')!
  expect(button.textContent).toBe(SHARED_WORDS.takeCheck)
  button.click()
  // The app draws the same screen, with its own button, and marks itself ready.
  const appTap = vi.fn()
  const drawn = sharedFirstScreen(window.location.hash)!
  drawn.querySelector('button')!.addEventListener('click', appTap)
  document.querySelector('main')!.replaceChildren(drawn)
  expect(appTap).not.toHaveBeenCalled()
  setBootState('ready')
  await vi.waitFor(() => expect(appTap).toHaveBeenCalledTimes(1))
})

test('it waits for the stylesheet, and paints nothing if it fails or a damaged link', () => {
  const hash = toShareHash(allAnswerSets()[0]!)
  const { link, painted } = startPage(hash, false)
  paintSharedResult()
  expect(bootState()).toBe('loading')
  expect(painted).not.toHaveBeenCalled()
  link.dispatchEvent(new Event('load'))
  expect(bootState()).toBe('shared')
  expect(painted).toHaveBeenCalledTimes(1)

  const failed = startPage(hash, false)
  paintSharedResult()
  failed.link.dispatchEvent(new Event('error'))
  expect(bootState()).toBe('loading')
  expect(document.querySelector('main h1')!.textContent).toBe('Start')
  expect(failed.painted).toHaveBeenCalledTimes(1)

  const damaged = startPage(`${hash.slice(0, -1)}${hash.endsWith('0') ? '1' : '0'}`)
  paintSharedResult()
  expect(bootState()).toBe('loading')
  expect(document.querySelector('main h1')!.textContent).toBe('Start')
  expect(damaged.painted).toHaveBeenCalledTimes(1)
})

test('names every type somewhere across the answer sets', () => {
  const named = new Set(
    sample(allAnswerSets()).map(
      (answers) => sharedFirstScreen(toShareHash(answers))!.querySelector('h1')!.textContent,
    ),
  )
  for (const type of MASSAGE_TYPES) expect(named).toContain(MASSAGE_NAMES[type])
})
