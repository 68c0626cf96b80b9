// Builds the app as a "next version" for the update test (e2e/nothing-lost.spec.ts): the same
// source with one visible difference, the journal's "Keep your journal safe" heading, so a test can
// tell which version a page runs. `node e2e/next-version.mjs <outDir>`; a child process, so the
// build runs outside the test's own process.
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

export const NEXT_VERSION_HEADING = 'Keep your journal safe (new version)'

const root = fileURLToPath(new URL('..', import.meta.url))

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2]
  if (!outDir) throw new Error('next-version: give the folder to build into')
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'next-version',
        enforce: 'pre',
        transform(code, id) {
          if (!id.endsWith('/src/features/journal/keep-it-safe.tsx')) return null
          const next = code.replace('>Keep your journal safe</h2>', `>${NEXT_VERSION_HEADING}</h2>`)
          if (next === code) throw new Error('next-version: the heading to change is not in keep-it-safe.tsx')
          return next
        },
      },
    ],
  })
}
