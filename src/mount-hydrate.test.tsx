import { renderToString } from 'react-dom/server'
import { act } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { App } from './app'
import { mountApp } from './mount'

test('a tap on Start while the app takes the start page over draws the safety check, with no error reported', async () => {
  window.location.hash = '#/'
  const root = document.createElement('div')
  root.id = 'root'
  root.innerHTML = renderToString(<App />)
  document.body.append(root)
  const errors: unknown[] = []
  const report = vi.fn((e: unknown) => errors.push(e))
  vi.stubGlobal('reportError', report)
  vi.spyOn(console, 'error').mockImplementation((e: unknown) => errors.push(e))
  const onError = (event: ErrorEvent) => {
    event.preventDefault()
    errors.push(event.error)
  }
  window.addEventListener('error', onError)
  await act(async () => {
    const mounting = mountApp(root, () => true)
    // The tap on Start (a plain link) lands while React works through the page in slices.
    await Promise.resolve()
    window.location.hash = '#/check'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await mounting
  })
  await act(async () => {
    await new Promise((r) => setTimeout(r, 200))
  })
  expect(root.querySelector('h1')?.textContent).not.toBe('Find the massage that suits your back')
  window.removeEventListener('error', onError)
  expect(errors).toEqual([])
  root.remove()
})
