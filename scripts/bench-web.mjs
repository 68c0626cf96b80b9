// Web benchmark: Lighthouse (mobile preset: simulated slow 4G and CPU, phone screen) on the built
// app served under /massage-match/, 3 runs each on the start page and on a shared result page.
// Usage: `npm run bench:web` (builds first), or `npm run bench:web -- --no-build` for the current dist/.
// Prints medians and PASS/MISS per target; exits 0 either way unless Lighthouse itself fails.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { toShareHash } from '../src/share/link.ts'
import { measureFirstView, TARGET_BYTES } from './check-size.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { serveDist } from './serve-dist.mjs'

const RUNS = 3
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
} else if (!existsSync('dist/index.html')) {
  throw new Error('No dist/index.html: run `npm run build` first, or drop --no-build')
}

// A real shared link, made by the app's own codec.
const resultHash = toShareHash({
  severity: 6,
  duration: 'chronic',
  radiation: 'none',
  pressure: 'medium',
  knots: 'achy',
  stiffness: true,
  stress: true,
})

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  })
  try {
    // No config: Lighthouse's default is the mobile preset (formFactor mobile, simulated throttling,
    // Moto G Power screen emulation).
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
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      fcp: audit('first-contentful-paint'),
      warnings: lhr.runWarnings,
      // Lighthouse's CPU speed probe: under about 1000 the machine is slow or busy and the figures suffer.
      benchmarkIndex: lhr.environment.benchmarkIndex,
    }
  } finally {
    await chrome.kill()
  }
}

const server = await serveDist({ root: 'dist', base: '/massage-match/' })
const pages = [
  { name: 'start page', url: server.url },
  { name: `result page (${resultHash})`, url: `${server.url}${resultHash}` },
]
const verdict = (ok) => (ok ? 'PASS' : 'MISS')
try {
  for (const page of pages) {
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(page.url))
    const m = (key) => median(runs.map((run) => run[key]))
    const [score, lcp, tbt, cls, fcp] = [m('score'), m('lcp'), m('tbt'), m('cls'), m('fcp')]
    console.log(`\n${page.name}: ${page.url}`)
    console.log(
      `  runs: scores ${runs.map((r) => r.score).join(', ')}; CPU benchmarkIndex ${m('benchmarkIndex')}`,
    )
    for (const warning of new Set(runs.flatMap((r) => r.warnings)))
      console.log(`  Lighthouse warning: ${warning}`)
    console.log(`  performance ${score}   ${verdict(score >= 98)} (target >= 98)`)
    console.log(`  LCP ${(lcp / 1000).toFixed(2)} s   ${verdict(lcp <= 1500)} (target <= 1.5 s)`)
    console.log(`  TBT ${Math.round(tbt)} ms   ${verdict(tbt <= 50)} (target <= 50 ms)`)
    console.log(`  CLS ${cls.toFixed(3)}   ${verdict(cls === 0)} (target 0)`)
    console.log(`  FCP ${(fcp / 1000).toFixed(2)} s`)
  }
} finally {
  await server.close()
}

const size = measureFirstView('dist')
console.log(
  `\nfirst view, gzip: HTML ${size.html} B, JS ${size.js} B, CSS ${size.css} B; JS+CSS ${(size.jsCss / 1000).toFixed(1)} KB   ` +
    `${verdict(size.jsCss <= TARGET_BYTES)} (target <= ${TARGET_BYTES / 1000} KB)`,
)
console.log(
  `first use (the app loaded at the first touch, key or focus), gzip: JS+CSS ${(size.firstUse.jsCss / 1000).toFixed(1)} KB   ` +
    `${verdict(size.firstUse.jsCss <= TARGET_BYTES)} (target <= ${TARGET_BYTES / 1000} KB)`,
)
