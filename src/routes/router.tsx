import { lazy, Suspense, type ReactNode } from 'react'
import { HashRouter, useRoutes, type RouteObject } from 'react-router-dom'
import { ErrorBoundary } from '../components/error-boundary'
import { AppLayout } from './app-layout'
import { NotFoundScreen } from './not-found-screen'
import { patterns } from './paths'
import { StartScreen } from './start-screen'

// Only the start screen is in the first view's JavaScript; every other screen is its own chunk.
const loadCheck = () => import('./check-screen')
const loadQuestion = () => import('./question-screen')
const loadStop = () => import('./stop-screen')
const CheckScreen = lazy(() => loadCheck().then((m) => ({ default: m.CheckScreen })))
const QuestionScreen = lazy(() => loadQuestion().then((m) => ({ default: m.QuestionScreen })))
const StopScreen = lazy(() => loadStop().then((m) => ({ default: m.StopScreen })))
const ResultScreen = lazy(() => import('./result-screen').then((m) => ({ default: m.ResultScreen })))
const CardScreen = lazy(() => import('./card-screen').then((m) => ({ default: m.CardScreen })))

/** Fetches the quiz screens once the first view is up, so the first tap on Start never waits on the network. */
export function prefetchScreens() {
  void Promise.all([loadCheck(), loadQuestion(), loadStop()]).catch(() => {
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
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
]

function AppRoutes() {
  return useRoutes(routes)
}

/**
 * The app at the URL's fragment. The declarative HashRouter, not the data router
 * (createHashRouter): none of its loaders or actions are needed, and it is 16 KB gzip
 * lighter on the first view.
 */
export function AppRouter() {
  return (
    <HashRouter>
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </HashRouter>
  )
}
