// The lazily loaded screens, free of React so the page's entry script can start fetching the
// screen a deep link needs at the same time as the app itself (no chunk waterfall).

export const loadCheck = () => import('./check-screen')
export const loadQuestion = () => import('./question-screen')
export const loadStop = () => import('./stop-screen')
export const loadResult = () => import('./result-screen')
export const loadCard = () => import('./card-screen')
export const loadNotFound = () => import('./not-found-screen')

/** The router's path in a location fragment: '#/q/2?x' is '/q/2', no fragment (or '#') is '/'. */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, '').split(/[?#]/)[0] || '/'
}

/**
 * The lazy screen a location fragment opens, or null for the start page (in the app's own chunk).
 * Mirrors `patterns` in paths.ts (screen-loaders.test.ts checks every pattern).
 */
export function loaderForHash(hash: string): (() => Promise<unknown>) | null {
  const path = hashPath(hash)
  if (path === '/check') return loadCheck
  if (path === '/stop') return loadStop
  if (path === '/card') return loadCard
  if (/^\/q\/[^/]+$/.test(path)) return loadQuestion
  if (/^\/r\/[^/]*$/.test(path)) return loadResult
  if (path === '/') return null
  return loadNotFound
}

/** True for the start page and the quiz's own screens (the safety check, a question, the stop). */
export function opensQuiz(hash: string): boolean {
  const loader = loaderForHash(hash)
  return loader === null || loader === loadCheck || loader === loadQuestion || loader === loadStop
}
