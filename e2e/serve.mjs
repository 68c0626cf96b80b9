// Serves the production build for the browser tests (Playwright's webServer runs this):
// dist/ under /massage-match/ on 127.0.0.1, with the app's CSP header, as a static host would.
import { fileURLToPath } from 'node:url'
import { serveDist } from '../scripts/serve-dist.mjs'

// E2E_DIST lets a run serve its own build while someone else rebuilds dist/.
const root = process.env.E2E_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url))
const port = Number(process.env.E2E_PORT ?? 4391)
try {
  const { url } = await serveDist({ root, base: '/massage-match/', port })
  console.log(`Serving ${root} at ${url}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
