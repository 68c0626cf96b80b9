import { Component, type ReactNode } from 'react'

interface Props {
  children: ReactNode
}

/**
 * The last line of defence: a screen that fails to render or to load (a lost connection while
 * fetching a lazy screen) shows a way forward instead of a blank page. Answers stay saved.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <main className="screen" aria-labelledby="error-title">
        <h1 id="error-title" tabIndex={-1}>
          Something went wrong
        </h1>
        <p>This page could not be shown. Your answers are still saved on this phone.</p>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Try again
          </button>
          <a
            className="button button-secondary"
            href="#/"
            onClick={() => window.setTimeout(() => window.location.reload(), 0)}
          >
            Go to the start
          </a>
        </div>
      </main>
    )
  }
}
