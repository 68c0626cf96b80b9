// Child process of scripts/vite-prerender.ts: renders the SSR bundle given as argv[2] inside a
// fresh jsdom window at '#/', as a first-time visitor (empty storage) sees it, and prints the HTML.
// A separate process keeps jsdom's globals out of the Vite build.
import { pathToFileURL } from 'node:url'
import { JSDOM } from 'jsdom'

const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
  url: 'http://localhost/#/',
  pretendToBeVisual: true,
})
const names = ['window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage']
for (const name of names) {
  Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true })
}

const { render } = await import(pathToFileURL(process.argv[2]).href)
process.stdout.write(render())
