// Serves the production build for the browser tests (Playwright's webServer runs this).
import { existsSync } from 'node:fs'
import { serveDist } from './static-server.mjs'

// E2E_DIST lets a run serve its own build while someone else rebuilds dist/.
const root = process.env.E2E_DIST ?? new URL('../dist/', import.meta.url).pathname
if (!existsSync(`${root}/index.html`)) {
  console.error('No dist/index.html: run `npm run build` before the browser tests.')
  process.exit(1)
}
const port = Number(process.env.E2E_PORT ?? 4391)
const { url } = await serveDist({ root, base: '/massage-match/', port })
console.log(`Serving dist/ at ${url}`)
