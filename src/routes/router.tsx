import { lazy, Suspense } from 'react'
import { HashRouter, useRoutes, type RouteObject } from 'react-router-dom'
import { ErrorBoundary } from '../components/error-boundary'
import { AppLayout } from './app-layout'
import { CheckScreen } from './check-screen'
import { NotFoundScreen } from './not-found-screen'
import { patterns } from './paths'
import { QuestionScreen } from './question-screen'
import { StartScreen } from './start-screen'
import { StopScreen } from './stop-screen'

// The result and the therapist card carry most of the content: load them only when needed.
const ResultScreen = lazy(() => import('./result-screen').then((m) => ({ default: m.ResultScreen })))
const CardScreen = lazy(() => import('./card-screen').then((m) => ({ default: m.CardScreen })))

function Loading() {
  return <p role="status">Loading…</p>
}

/** The route table. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: patterns.start, element: <StartScreen /> },
      { path: patterns.check, element: <CheckScreen /> },
      { path: patterns.stop, element: <StopScreen /> },
      { path: patterns.question, element: <QuestionScreen /> },
      {
        path: patterns.result,
        element: (
          <Suspense fallback={<Loading />}>
            <ResultScreen />
          </Suspense>
        ),
      },
      {
        path: patterns.card,
        element: (
          <Suspense fallback={<Loading />}>
            <CardScreen />
          </Suspense>
        ),
      },
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
