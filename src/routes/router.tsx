import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { HashRouter, useLocation, useRoutes, type RouteObject } from 'react-router-dom'
import { ErrorBoundary } from '../shared/components/error-boundary'
import { AppLayout } from './app-layout'
import { JOURNAL_ATTRIBUTE } from '../state/journal-key'
import { hashPath, routeForHash, ROUTES, type RouteName } from './route-table'
import { StartScreen } from '../features/quiz/start-screen'

type LazyRoute = Exclude<RouteName, 'start'>

const preloads = new Map<RouteName, () => Promise<ComponentType>>()

/**
 * A screen whose code loads on demand. Once its code is here (preloaded), it renders at once;
 * before that it suspends and the route shows "Loading…". Each mount keeps the one it started
 * with, so a screen never remounts (and loses what the person typed) when its code arrives.
 */
function lazyScreen(name: LazyRoute) {
  let ready: ComponentType | null = null
  const preload = () =>
    ROUTES[name].screen().then((screen) => {
      ready = screen
      return screen
    })
  const Lazy = lazy(() => preload().then((screen) => ({ default: screen })))
  preloads.set(name, preload)
  return function Screen() {
    const [Initial] = useState(() => ready)
    return Initial ? <Initial /> : <Lazy />
  }
}

/** Loads the screen a location fragment opens, so the first render shows it rather than "Loading…". */
export function preloadScreen(hash: string): Promise<unknown> {
  return preloads.get(routeForHash(hash))?.() ?? Promise.resolve()
}

/** Fetches the quiz screens once the app is up, so a tap never waits on the network. */
/**
 * Runs `task` when the phone is next idle, at the latest after `timeout` ms (half a second later
 * where there is no requestIdleCallback: Safari). Returns a function that calls it off.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (!('requestIdleCallback' in window)) {
    const timer = setTimeout(task, 500)
    return () => clearTimeout(timer)
  }
  const idle = window.requestIdleCallback(task, { timeout })
  return () => window.cancelIdleCallback(idle)
}

export function prefetchQuizScreens() {
  const quiz = (Object.keys(ROUTES) as RouteName[]).filter((name) => ROUTES[name].quiz)
  void Promise.all(quiz.map((name) => preloads.get(name)?.())).catch(() => {
    // Offline or flaky: the screen loads (or the error boundary explains) when it is opened.
  })
}

function Loading() {
  return <p role="status">Loading…</p>
}

function suspended(screen: ReactNode) {
  return <Suspense fallback={<Loading />}>{screen}</Suspense>
}

function element(name: RouteName): ReactNode {
  if (name === 'start') return <StartScreen />
  const Screen = lazyScreen(name)
  return suspended(<Screen />)
}

/** The router's routes, one per row of the route table. */
const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: (Object.keys(ROUTES) as RouteName[]).map((name) => ({
      path: ROUTES[name].pattern,
      element: element(name),
    })),
  },
]

/**
 * The screen a person is likely to open next from each screen: the therapist card from the
 * result, the journal from a start page that offers it. Fetched and parsed once the screen has
 * settled, so that tap renders the next screen at once rather than spending its first frames on
 * the network and on compiling the screen's code. Not the result from the questions: its chunk
 * is large, and compiling it while the person taps through the questions delayed those taps.
 */
function likelyNext(name: RouteName): RouteName[] {
  if (name === 'result') return ['card']
  if (name === 'start' && document.documentElement.hasAttribute(JOURNAL_ATTRIBUTE)) return ['journal']
  return []
}

function PrefetchNext() {
  const { pathname } = useLocation()
  useEffect(() => {
    const next = likelyNext(routeForHash(`#${pathname}`))
    if (next.length === 0) return
    const fetchNext = () => {
      for (const name of next) {
        preloads
          .get(name)?.()
          .catch(() => {
            // Offline or flaky: the screen loads (or the error boundary explains) when it is opened.
          })
      }
    }
    return whenIdle(fetchNext, 2000)
  }, [pathname])
  return null
}

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
 * (createHashRouter): the screens read the store and the URL themselves, so the data router's
 * loaders and actions would be code the phone fetches for nothing (docs/decisions/0001).
 */
export function AppRouter() {
  return (
    <HashRouter>
      <CatchUp />
      <PrefetchNext />
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </HashRouter>
  )
}
