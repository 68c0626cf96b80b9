import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { HashRouter, useLocation, useRoutes, type RouteObject } from 'react-router-dom'
import { ErrorBoundary } from '../components/error-boundary'
import { AppLayout } from './app-layout'
import { patterns } from './paths'
import { StartScreen } from './start-screen'

import {
  loadCard,
  loadCheck,
  loadNotFound,
  loadQuestion,
  loadResult,
  loadStop,
  hashPath,
  loaderForHash,
} from './screen-loaders'

const preloads = new Map<() => Promise<unknown>, () => Promise<unknown>>()

/**
 * A screen in its own chunk. Once its chunk is here (preloaded), it renders at once; before that
 * it suspends and the route shows "Loading…". Each mount keeps the one it started with, so a
 * screen never remounts (and loses what the person typed) when its chunk arrives.
 */
function lazyScreen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  let ready: ComponentType | null = null
  const preload = () =>
    load().then((module) => {
      ready = pick(module)
      return ready
    })
  const Lazy = lazy(() => preload().then((screen) => ({ default: screen })))
  preloads.set(load, preload)
  return function Screen() {
    const [Initial] = useState(() => ready)
    return Initial ? <Initial /> : <Lazy />
  }
}

// Only the start screen is in the app's own chunk; every other screen is its own chunk.
const CheckScreen = lazyScreen(loadCheck, (m) => m.CheckScreen)
const QuestionScreen = lazyScreen(loadQuestion, (m) => m.QuestionScreen)
const StopScreen = lazyScreen(loadStop, (m) => m.StopScreen)
const ResultScreen = lazyScreen(loadResult, (m) => m.ResultScreen)
const CardScreen = lazyScreen(loadCard, (m) => m.CardScreen)
const NotFoundScreen = lazyScreen(loadNotFound, (m) => m.NotFoundScreen)

/** Loads the screen a location fragment opens, so the first render shows it rather than "Loading…". */
export function preloadScreen(hash: string): Promise<unknown> {
  const loader = loaderForHash(hash)
  return (loader && preloads.get(loader)?.()) ?? Promise.resolve()
}

/** Fetches the quiz screens once the app is up, so a tap never waits on the network. */
export function prefetchScreens() {
  void Promise.all([loadCheck, loadQuestion, loadStop].map((load) => preloads.get(load)?.())).catch(() => {
    // Offline or flaky: the screen loads (or the error boundary explains) when it is opened.
  })
}

function Loading() {
  return <p role="status">Loading…</p>
}

function suspended(screen: ReactNode) {
  return <Suspense fallback={<Loading />}>{screen}</Suspense>
}

/** The route table. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: patterns.start, element: <StartScreen /> },
      { path: patterns.check, element: suspended(<CheckScreen />) },
      { path: patterns.stop, element: suspended(<StopScreen />) },
      { path: patterns.question, element: suspended(<QuestionScreen />) },
      { path: patterns.result, element: suspended(<ResultScreen />) },
      { path: patterns.card, element: suspended(<CardScreen />) },
      { path: '*', element: suspended(<NotFoundScreen />) },
    ],
  },
]

function AppRoutes() {
  return useRoutes(routes)
}

/**
 * The router starts listening to the address only once it has drawn. The prerendered Start is a
 * plain link, so a tap while the app is still hydrating changes the address unheard: catch up.
 */
function CatchUp() {
  const { pathname } = useLocation()
  useEffect(() => {
    if (hashPath(window.location.hash) !== pathname) window.dispatchEvent(new PopStateEvent('popstate'))
    // Once, after the first render: later changes reach the router's own listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return null
}

/**
 * The app at the URL's fragment. The declarative HashRouter, not the data router
 * (createHashRouter): none of its loaders or actions are needed, and it is 16 KB gzip
 * lighter on the first view.
 */
export function AppRouter() {
  return (
    <HashRouter>
      <CatchUp />
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </HashRouter>
  )
}
