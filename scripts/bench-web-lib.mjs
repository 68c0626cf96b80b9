// Helpers for scripts/bench-web.mjs: command line, a static server for the reference page, one
// Lighthouse run in its own Chromium, medians and number formatting.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { listen } from './serve-dist.mjs'

/**
 * `--runs N` (default 5), `--static DIR`, `--app NAME=DIR` (repeatable, default `app=<repo>/dist`),
 * `--no-build`, `--http1`. Relative directories are taken from the current directory.
 * @param {string[]} argv
 * @param {{ defaultStatic: string, defaultDist: string }} defaults
 */
export function parseBenchArgs(argv, { defaultStatic, defaultDist }) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      static: { type: 'string' },
      app: { type: 'string', multiple: true },
      'no-build': { type: 'boolean', default: false },
      http1: { type: 'boolean', default: false },
    },
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs wants a whole number >= 1, not ${values.runs}`)
  const apps = (values.app ?? [`app=${defaultDist}`]).map((spec) => {
    const match = /^([^=]+)=(.+)$/.exec(spec)
    if (!match) throw new Error(`--app wants NAME=DIR, not ${spec}`)
    return { name: match[1], dir: resolve(match[2]) }
  })
  const names = apps.map((app) => app.name)
  if (new Set(names).size !== names.length) throw new Error(`--app names must differ: ${names.join(', ')}`)
  return {
    runs,
    staticDir: resolve(values.static ?? defaultStatic),
    apps,
    build: !values['no-build'],
    http1: values.http1,
  }
}

const MIME = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' }

/**
 * Serves a directory at `/` on 127.0.0.1, gzipped as a real host would (HTTP/2 over TLS with
 * `tls`). Not serveDist: its Content-Security-Policy header forbids inline style and script,
 * which the reference page is made of.
 * @param {string} root
 * @param {{ key: Buffer, cert: Buffer } | null} [tls]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, tls = null) {
  const dir = resolve(root)
  await stat(join(dir, 'index.html')).catch(() => {
    throw new Error(`serveStatic: no ${join(dir, 'index.html')}`)
  })
  const handle = async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname
    const file = join(dir, normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname))
    const info = file.startsWith(dir + sep) ? await stat(file).catch(() => null) : null
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    const body = await readFile(file)
    const headers = {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    }
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const zipped = gzipSync(body)
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': zipped.length })
      res.end(zipped)
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body)
    }
  }
  const { origin, close } = await listen(handle, { tls })
  return { url: `${origin}/`, close }
}

/**
 * A throw-away self-signed certificate for 127.0.0.1 (Debian's openssl), so the benchmark's
 * servers can speak HTTP/2 as real static hosts do; Chromium is told to accept it.
 * @returns {{ key: Buffer, cert: Buffer }}
 */
export function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * One Lighthouse run (performance only) in a Chromium of its own, killed afterwards.
 * No config: Lighthouse's default is the mobile preset (simulated slow 4G and 4x CPU slowdown,
 * Moto G Power screen).
 * @param {string} url
 */
export async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // The benchmark's own self-signed certificate (selfSignedCertificate) on 127.0.0.1.
    chromeFlags: ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance'],
    })
    const lhr = result?.lhr
    if (!lhr || lhr.runtimeError)
      throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message}`)
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      // Lighthouse's CPU speed probe: under about 1000 the machine is slow or busy.
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      warnings: lhr.runWarnings ?? [],
    }
  } finally {
    await chrome.kill()
  }
}

/** Median (the mean of the middle two for an even count); NaN for no values. */
export function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const fixed = (digits) => (value) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
export const fmt = {
  ms: (value) => (Number.isFinite(value) ? `${Math.round(value)}` : 'n/a'),
  score: fixed(0),
  cls: fixed(3),
  ratio: (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a'),
}
