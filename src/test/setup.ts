import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { useQuizStore } from '../state/quiz-store'

// Role queries walk the whole accessibility tree in jsdom, which is slow on a busy two-core machine:
// give whole-app tests room rather than trading role queries for test ids.
configure({ asyncUtilTimeout: 5_000 })
vi.setConfig({ testTimeout: 30_000 })

beforeEach(() => {
  // A fresh phone: nothing in the store, nothing saved (the store reads and writes what is saved).
  useQuizStore.setState(useQuizStore.getInitialState(), true)
  localStorage.clear()
  window.history.replaceState(null, '', '/')
})

afterEach(() => {
  cleanup()
})
