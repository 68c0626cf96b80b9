import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach, vi } from 'vitest'

vi.setConfig({ testTimeout: 30_000 })

// Test files of pure code say `// @vitest-environment node`: no page, so nothing of one to reset
// (and no jsdom to set up for each of them). Every other file gets a page, reset for each test.
if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react')
  const { useQuizStore } = await import('../state/quiz-store')

  // Role queries walk the whole accessibility tree in jsdom, which is slow on a busy two-core machine:
  // give whole-app tests room rather than trading role queries for test ids.
  configure({ asyncUtilTimeout: 5_000 })

  beforeEach(() => {
    // A fresh phone: nothing in the store, nothing saved (the store reads and writes what is saved).
    useQuizStore.setState(useQuizStore.getInitialState(), true)
    localStorage.clear()
    window.history.replaceState(null, '', '/')
  })

  afterEach(() => {
    cleanup()
  })
}
