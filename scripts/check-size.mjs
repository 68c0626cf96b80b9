// Size of the built app, gzip:
// - first view: what dist/index.html makes the browser fetch to show the start page (its
//   scripts, stylesheets and modulepreloads, plus their static imports). The prerendered start
//   page works with just these (Start is a link).
// - a shared link's first view: the page and what its first-paint script loads for a shared link
//   (src/boot/shared-first-paint.ts's script and the result's stylesheet) to paint the sender's pick.
// - first use: the first view plus the app's chunk (React, the router, the store, the start
//   screen), which src/main.tsx loads once the start page is idle, or at once for a deep link.
// Usage: `npm run build && npm run size`. Exits 1 when first-use JS+CSS is over TARGET_BYTES
// or the first view's over FIRST_VIEW_BYTES:
// the budget holds everything a first tap needs, not just the first paint.
import { readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Gzip budget in bytes (1 KB = 1000 bytes, as Vite reports): the issue's first-view target,
 * applied to first use. Measured 89.5 KB with the app chunk loaded on first use, every screen
 * but Start lazy-loaded, and the quiz screens' CSS in their own chunk; raised from 90 KB to 92 KB
 * for the update line and the service worker's update check (issue 18: 89.9 KB before).
 */
export const TARGET_BYTES = 92_000

/** Gzip budget of the first view's JS+CSS: the start page, before the app (issue 20). */
export const FIRST_VIEW_BYTES = 10_000

const gz = (buffer) => gzipSync(buffer).length

/** Static imports of a built ES module (dynamic `import()` is not the first view). */
function staticImports(code) {
  const found = []
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g
  for (const match of code.matchAll(pattern)) found.push(match[1])
  return found
}

/** The app chunk's name: the codeSplitting group in vite.config.ts. */
export const APP_CHUNK_NAME = 'app'

/**
 * Gzip bytes of the first view of dist/ and of first use (default level, as Vite and most servers use).
 * @param {string} [distDir]
 */
export function measureFirstView(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  // A stylesheet inline in the page (the first paint's, scripts/vite-first-paint.ts) counts as CSS.
  const inlineCss = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]).join('')
  const files = [
    { file: 'index.html', type: 'html', gzip: gz(html.replace(/<style>[^<]*<\/style>/g, '')), use: false },
  ]
  if (inlineCss) files.push({ file: 'index.html <style>', type: 'css', gzip: gz(inlineCss), use: false })
  const seen = new Set()
  const local = (href) => !/^[a-z]+:|^\/\//i.test(href)
  const add = (file, type, use = false) => {
    const path = posix.normalize(file.replace(/^\.?\//, ''))
    if (seen.has(path)) return
    seen.add(path)
    const content = readFileSync(join(distDir, path))
    files.push({ file: path, type, gzip: gz(content), use })
    if (type === 'js') {
      for (const spec of staticImports(content.toString('utf8'))) {
        if (local(spec)) add(posix.join(posix.dirname(path), spec), 'js', use)
      }
    }
  }
  // The entry script, which the inline first-paint script adds once the page has painted
  // (src/boot/first-paint.ts names its files on one line, `const files = {…}`).
  const boot = JSON.parse(html.match(/const files = (\{[^\n]*\})\n/)?.[1] ?? 'null')
  if (boot?.entry) add(boot.entry, 'js')
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\s${name}=["']([^"']*)["']`, 'i'))?.[1]
    if (/^<script/i.test(tag)) {
      const src = attr('src')
      if (src && local(src)) add(src, 'js')
    } else {
      const rel = attr('rel')?.toLowerCase()
      const href = attr('href')
      if (!href || !local(href)) continue
      if (rel === 'stylesheet') add(href, 'css')
      else if (rel === 'modulepreload') add(href, 'js')
    }
  }
  // First use: the app chunk from Vite's manifest, its static imports and its CSS.
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'))
  const app = Object.values(manifest).find((chunk) => chunk.name === APP_CHUNK_NAME && !chunk.isEntry)
  if (!app) throw new Error(`check-size: no '${APP_CHUNK_NAME}' chunk in ${distDir}/.vite/manifest.json`)
  add(app.file, 'js', true)
  for (const css of app.css ?? []) add(css, 'css', true)

  // A shared link's first screen (not first use: only a shared link loads it).
  const shared = boot?.shared
    ? [
        { file: posix.normalize(boot.shared.script.replace(/^\.?\//, '')), type: 'js' },
        ...boot.shared.styles.map((css) => ({
          file: posix.normalize(css.replace(/^\.?\//, '')),
          type: 'css',
        })),
      ].map((f) => ({ ...f, gzip: gz(readFileSync(join(distDir, f.file))) }))
    : []
  const sum = (type, use) =>
    files.filter((f) => f.type === type && (use || !f.use)).reduce((total, f) => total + f.gzip, 0)
  const view = { html: sum('html', false), js: sum('js', false), css: sum('css', false) }
  const js = sum('js', true)
  const css = sum('css', true)
  return {
    ...view,
    jsCss: view.js + view.css,
    total: view.html + view.js + view.css,
    firstUse: { js, css, jsCss: js + css },
    sharedFirstView: shared.length
      ? { files: shared, total: view.html + view.css + shared.reduce((total, f) => total + f.gzip, 0) }
      : null,
    files,
  }
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), '..', 'dist')
  const size = measureFirstView(distDir)
  for (const f of size.files) {
    console.log(
      `${f.type.padEnd(4)} ${String(f.gzip).padStart(7)} B  ${f.file}${f.use ? '  (first use)' : ''}`,
    )
  }
  const firstViewWithin = size.jsCss <= FIRST_VIEW_BYTES
  console.log(
    `first view, gzip: HTML ${size.html} B, JS ${size.js} B, CSS ${size.css} B: JS+CSS ${kb(size.jsCss)}, ` +
      `${firstViewWithin ? 'within' : 'OVER'} the budget of ${kb(FIRST_VIEW_BYTES)}`,
  )
  if (size.sharedFirstView) {
    for (const f of size.sharedFirstView.files) {
      console.log(
        `${f.type.padEnd(4)} ${String(f.gzip).padStart(7)} B  ${f.file}  (a shared link's first view)`,
      )
    }
    console.log(
      `a shared link's first view, gzip: HTML, its CSS and the files above: ${kb(size.sharedFirstView.total)}`,
    )
  }
  const use = size.firstUse
  const within = use.jsCss <= TARGET_BYTES
  console.log(
    `first use (the app loaded), gzip: JS ${use.js} B, CSS ${use.css} B: JS+CSS ${kb(use.jsCss)}, ` +
      `${within ? 'within' : 'OVER'} the budget of ${kb(TARGET_BYTES)}`,
  )
  if (!within || !firstViewWithin) process.exit(1)
}
