// A small static server for the built app, for benchmarks and browser tests. Not for production.
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { createSecureServer } from 'node:http2'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The page's Content-Security-Policy: nothing from another origin, and no inline script or style
 * but the blocks named by their hashes (the build's first-paint script and stylesheet,
 * scripts/vite-first-paint.ts). The build puts it in index.html as a meta tag.
 * @param {{ scripts?: string[], styles?: string[] }} [inline] quoted hash sources, e.g. 'sha256-…'
 */
export function contentSecurityPolicy({ scripts = [], styles = [] } = {}) {
  const with_ = (hashes) => ["'self'", ...hashes].join(' ')
  return (
    `default-src 'self'; script-src ${with_(scripts)}; style-src ${with_(styles)}; img-src 'self' data:; ` +
    "connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'self'; " +
    "form-action 'self'; object-src 'none'"
  )
}

const META_CSP = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i

/**
 * The policy as an HTTP header for a built index.html: its meta tag's policy (with the hashes of
 * its inline blocks) plus frame-ancestors, which only a header can set.
 * @param {string} html
 */
export function cspHeader(html) {
  const meta = html.match(META_CSP)?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"')
  return `${meta ?? contentSecurityPolicy()}; frame-ancestors 'none'`
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
}

const isText = (type) => /^(text\/|application\/(json|manifest\+json)|image\/svg)/.test(type)

/**
 * Serves a built app (dist/) under a sub-path, as a static host such as GitHub Pages would.
 *
 * - Listens on 127.0.0.1 only; `port: 0` (the default) picks a free port. `url` ends with the base,
 *   e.g. `http://127.0.0.1:41234/massage-match/`; append hash routes to it (`${url}#/r/...`).
 * - `GET <base>` without the trailing slash redirects (301) to `<base>/`, so relative URLs resolve.
 * - Files under `root` are served with their MIME type (`.js` as text/javascript, `.webmanifest` as
 *   application/manifest+json...). A missing file with an extension is a 404; any other path under
 *   the base gets index.html (SPA-safe; the app itself uses hash routes). Paths outside the base: 404.
 * - Every response carries `Content-Security-Policy` (cspHeader: the policy of index.html's meta
 *   tag plus `frame-ancestors 'none'`) and `X-Content-Type-Options: nosniff`. index.html is read
 *   at each request, so a new build copied into `root` is served at once, as after a deploy.
 * - index.html and sw.js are sent with `Cache-Control: no-cache`, hashed assets as immutable, so
 *   service-worker update tests behave as on a real host.
 * - Text files (HTML, JS, CSS, JSON, SVG) are gzipped when the browser accepts it, as every real
 *   static host does: Lighthouse's simulated slow network then sees the bytes a phone would get.
 * - `close()` stops the server and drops open keep-alive connections.
 *
 * @param {{ root?: string, base?: string, port?: number, tls?: { key: string | Buffer, cert: string | Buffer } | null }} [options]
 *   root: the directory to serve (default 'dist'); base: the sub-path (default '/massage-match/');
 *   tls: serve HTTP/2 over TLS with this key and certificate (see `listen`).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist({ root = 'dist', base = '/massage-match/', port = 0, tls = null } = {}) {
  const dir = resolve(root)
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  const readIndex = () =>
    readFile(join(dir, 'index.html')).catch(() => {
      throw new Error(`serveDist: no ${join(dir, 'index.html')}; run \`npm run build\` first`)
    })
  await readIndex()

  const handle = async (req, res) => {
    // Read at each request: a new build put in the folder (a deploy) is served at once, with its policy.
    const indexHtml = await readIndex().catch(() => Buffer.from(''))
    res.setHeader('Content-Security-Policy', cspHeader(indexHtml.toString('utf8')))
    res.setHeader('X-Content-Type-Options', 'nosniff')
    let pathname
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    } catch {
      res.writeHead(400, { 'Content-Type': MIME['.txt'] }).end('Bad request')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end()
      return
    }
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': MIME['.txt'] }).end('Not found')
      return
    }
    const relative = normalize(pathname.slice(prefix.length))
    const file = join(dir, relative)
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(404, { 'Content-Type': MIME['.txt'] }).end('Not found')
      return
    }
    const info = await stat(file).catch(() => null)
    if (info?.isFile()) {
      const type = MIME[extname(file)] ?? 'application/octet-stream'
      const immutable = relative.startsWith(`assets${sep}`)
      const headers = {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
      }
      const compress = isText(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      if (compress) {
        const body = gzipSync(await readFile(file))
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length })
        res.end(req.method === 'HEAD' ? undefined : body)
        return
      }
      res.writeHead(200, { ...headers, 'Content-Length': info.size })
      if (req.method === 'HEAD') res.end()
      else createReadStream(file).pipe(res)
      return
    }
    if (extname(relative) !== '') {
      res.writeHead(404, { 'Content-Type': MIME['.txt'] }).end('Not found')
      return
    }
    res.writeHead(200, { 'Content-Type': MIME['.html'], 'Cache-Control': 'no-cache' })
    res.end(req.method === 'HEAD' ? undefined : indexHtml)
  }

  const { origin, close } = await listen(handle, { port, tls })
  return { url: `${origin}${prefix}`, close }
}

/**
 * Starts a server for `handle` on 127.0.0.1 (`port: 0` picks a free one). With `tls` (a key and
 * a certificate) it speaks HTTP/2 over TLS, as real static hosts do, and HTTP/1.1 to clients
 * that ask for it; without, plain HTTP/1.1. `close()` also drops open connections.
 * @param {(req: any, res: any) => unknown} handle
 * @param {{ port?: number, tls?: { key: string | Buffer, cert: string | Buffer } | null }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function listen(handle, { port = 0, tls = null } = {}) {
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle)
  const open = new Set()
  server.on('connection', (socket) => {
    open.add(socket)
    socket.on('close', () => open.delete(socket))
  })
  await new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', done)
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        for (const socket of open) socket.destroy()
      }),
  }
}

// `node scripts/serve-dist.mjs [port]`: serve dist/ by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serveDist({ port: Number(process.argv[2] ?? 4173) })
  console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`)
}
