// First-view size of the built app: what dist/index.html makes the browser fetch before the
// start page works (its scripts, stylesheets and modulepreloads, plus their static imports).
// Usage: `npm run build && npm run size`. Exits 1 when JS+CSS is over BUDGET_BYTES.
import { readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Gzip budget for first-view JS+CSS, in bytes (1 KB = 1000 bytes, as Vite reports): the target.
 * Measured 88.3 KB with <HashRouter> + useRoutes and every screen but Start lazy-loaded.
 */
export const TARGET_BYTES = 90_000
export const BUDGET_BYTES = TARGET_BYTES

const gz = (buffer) => gzipSync(buffer).length

/** Static imports of a built ES module (dynamic `import()` is not the first view). */
function staticImports(code) {
  const found = []
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g
  for (const match of code.matchAll(pattern)) found.push(match[1])
  return found
}

/**
 * Gzip bytes of the first view of dist/ (default level, as Vite and most servers use).
 * @param {string} [distDir]
 * @returns {{ html: number, js: number, css: number, jsCss: number, total: number,
 *   files: { file: string, type: 'html' | 'js' | 'css', gzip: number }[] }}
 */
export function measureFirstView(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const files = [{ file: 'index.html', type: 'html', gzip: gz(html) }]
  const seen = new Set()
  const local = (href) => !/^[a-z]+:|^\/\//i.test(href)
  const add = (file, type) => {
    const path = posix.normalize(file.replace(/^\.?\//, ''))
    if (seen.has(path)) return
    seen.add(path)
    const content = readFileSync(join(distDir, path))
    files.push({ file: path, type, gzip: gz(content) })
    if (type === 'js') {
      for (const spec of staticImports(content.toString('utf8'))) {
        if (local(spec)) add(posix.join(posix.dirname(path), spec), 'js')
      }
    }
  }
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
  const sum = (type) => files.filter((f) => f.type === type).reduce((total, f) => total + f.gzip, 0)
  const js = sum('js')
  const css = sum('css')
  return { html: sum('html'), js, css, jsCss: js + css, total: sum('html') + js + css, files }
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDir = process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), '..', 'dist')
  const size = measureFirstView(distDir)
  for (const f of size.files) console.log(`${f.type.padEnd(4)} ${String(f.gzip).padStart(7)} B  ${f.file}`)
  console.log(
    `first view, gzip: HTML ${size.html} B, JS ${size.js} B, CSS ${size.css} B, total ${size.total} B`,
  )
  const verdict = size.jsCss <= BUDGET_BYTES ? 'within' : 'OVER'
  console.log(
    `JS+CSS ${kb(size.jsCss)}: ${verdict} the budget of ${kb(BUDGET_BYTES)} (target ${kb(TARGET_BYTES)}: ${
      size.jsCss <= TARGET_BYTES ? 'met' : 'not met'
    })`,
  )
  if (size.jsCss > BUDGET_BYTES) process.exit(1)
}
