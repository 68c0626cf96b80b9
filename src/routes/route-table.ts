// The app's routes, in one table. The router (router.tsx), the page's entry script (src/main.tsx:
// which screen to fetch beside the app) and the prefetching after start (src/mount.tsx) are all
// derived from it. Free of React and the store, so the entry script stays tiny.
import type { ComponentType } from 'react'

type Route = {
  /** The router's path pattern (react-router syntax: `:param`, `:param?`, `*`). */
  pattern: string
  /**
   * The screen's own chunk, or null for the start page, which is in the app's chunk (it is the
   * prerendered first view).
   */
  screen: (() => Promise<ComponentType>) | null
  /** Part of the quiz: the screens a person on the start page is likely to open next. */
  quiz: boolean
}

/** One row of the table, kept to one line: most routes are not part of the quiz. */
function route<Screen extends Route['screen']>(pattern: string, screen: Screen, { quiz = false } = {}) {
  return { pattern, screen, quiz }
}

export const ROUTES = {
  start: route('/', null, { quiz: true }),
  // The safety check's two pages: '/check' and '/check/2' (the screen sends any other page to the first).
  check: route('/check/:page?', () => import('./check-screen').then((m) => m.CheckScreen), { quiz: true }),
  stop: route('/stop', () => import('./stop-screen').then((m) => m.StopScreen), { quiz: true }),
  noMassage: route('/no-massage', () => import('./no-massage-screen').then((m) => m.NoMassageScreen)),
  question: route('/q/:n', () => import('./question-screen').then((m) => m.QuestionScreen), { quiz: true }),
  // The person's own result, from what this phone saved; shared links are '/r/…'.
  result: route('/result', () => import('./result-screen').then((m) => m.OwnResultScreen)),
  // Optional code, so a link cut off right after '#/r/' gets the link problem screen, not 'Page not found'.
  shared: route('/r/:code?', () => import('./result-screen').then((m) => m.SharedResultScreen)),
  card: route('/card', () => import('./card-screen').then((m) => m.CardScreen)),
  // The journal (its plan, check-ins and pages) is one chunk, loaded only when it is opened.
  journal: route('/journal/:page?/:id?', () => import('./journal-route').then((m) => m.JournalRoute)),
  notFound: route('*', () => import('./not-found-screen').then((m) => m.NotFoundScreen)),
} satisfies Record<string, Route>

export type RouteName = keyof typeof ROUTES

const NAMES = Object.keys(ROUTES) as RouteName[]

/** The router's path in a location fragment: '#/q/2?x' is '/q/2', no fragment (or '#') is '/'. */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, '').split(/[?#]/)[0] || '/'
}

const segments = (path: string) => path.split('/').filter((s) => s !== '')

/** Whether a path fits a pattern, as react-router matches them (case-insensitive, trailing '/' ignored). */
export function matchesPattern(pattern: string, path: string): boolean {
  if (pattern === '*') return true
  const want = segments(pattern)
  const have = segments(path)
  const required = want.filter((s) => !s.endsWith('?')).length
  if (have.length < required || have.length > want.length) return false
  return have.every((segment, i) => {
    const part = want[i]!
    if (part.startsWith(':')) return true
    return part.toLowerCase() === decodeURIComponentSafe(segment).toLowerCase()
  })
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The route a location fragment opens ('notFound' when none fits). */
export function routeForHash(hash: string): RouteName {
  const path = hashPath(hash)
  return NAMES.find((name) => name !== 'notFound' && matchesPattern(ROUTES[name].pattern, path)) ?? 'notFound'
}

/** True for the start page: it needs no screen chunk and can be prerendered. */
export function isStartHash(hash: string): boolean {
  return routeForHash(hash) === 'start'
}
