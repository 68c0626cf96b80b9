// A small static server for the browser tests: serves dist/ under a sub-path on 127.0.0.1.
// Stand-in until scripts/serve-dist.mjs lands; same call shape: serveDist({ root, base, port }).
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}

export function serveDist({ root, base, port }) {
  const rootDir = resolve(root)
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!url.pathname.startsWith(base)) {
      res.writeHead(302, { location: base }).end()
      return
    }
    const rel = normalize(decodeURIComponent(url.pathname.slice(base.length)) || 'index.html')
    const file = join(rootDir, rel.endsWith('/') ? `${rel}index.html` : rel)
    if (!file.startsWith(rootDir)) {
      res.writeHead(403).end()
      return
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file')
      const body = await readFile(file)
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      })
      res.end(body)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    }
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      done({
        url: `http://127.0.0.1:${address.port}${base}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      })
    })
  })
}
