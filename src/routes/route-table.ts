// The app's routes: each row of the URL table (src/shared/paths.ts, the patterns) with the screen
// it loads, from the features' own screen lists. The router (router.tsx), the page's entry script
// (src/main.tsx: which screen to fetch beside the app) and the prefetching after start
// (src/mount.tsx) are all derived from it. Free of React and the store, so the entry script stays
// tiny; the features' lists hold only dynamic imports.
import type { ComponentType } from 'react'
import { JOURNAL_SCREENS } from '../features/journal/screens'
import { QUIZ_SCREENS } from '../features/quiz/screens'
import { RESULT_SCREENS } from '../features/result/screens'
import { SAFETY_SCREENS } from '../features/safety/screens'
import { URLS, type RouteName } from '../shared/paths'

export type { RouteName }

type Loader = () => Promise<ComponentType>

/**
 * Each route's screen, by its name in the URL table: a row there without a screen here (or the
 * other way round) fails to compile. null for the start page: it is the prerendered first view,
 * drawn at once, so it comes with the app rather than on demand.
 */
const SCREENS = {
  start: null,
  ...QUIZ_SCREENS,
  ...SAFETY_SCREENS,
  ...RESULT_SCREENS,
  ...JOURNAL_SCREENS,
  notFound: () => import('../shared/components/not-found-screen').then((m) => m.NotFoundScreen),
} satisfies { [K in RouteName]: Loader | null }

/** The screens a person on the start page is likely to open next: fetched once the app is up. */
const QUIZ: readonly RouteName[] = ['start', 'check', 'stop', 'question']

interface Route {
  /** The router's path pattern (react-router syntax: `:param`, `:param?`, `*`). */
  pattern: string
  screen: Loader | null
  quiz: boolean
}

export const ROUTES = /* @__PURE__ */ (() =>
  Object.fromEntries(
    (Object.keys(URLS) as RouteName[]).map((name) => [
      name,
      { pattern: URLS[name].pattern, screen: SCREENS[name], quiz: QUIZ.includes(name) },
    ]),
  ) as { [K in RouteName]: Route & { screen: (typeof SCREENS)[K] } })()

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

/** True for the start page: it needs nothing loaded on demand and can be prerendered. */
export function isStartHash(hash: string): boolean {
  return routeForHash(hash) === 'start'
}
