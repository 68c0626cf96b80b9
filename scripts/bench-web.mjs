// Web benchmark: Lighthouse (mobile preset: simulated slow 4G and CPU, phone screen) on the built
// app and, in the same run, on the static-page limit (/work/shared/bench/README.md: the same quiz
// as one hand-written HTML file; nothing paints sooner). Runs alternate (static, then each build's
// start page and shared-result page, round after round) so that a busy machine weighs on all alike,
// and the app's LCP and FCP are reported as ratios to the static page's medians.
//
// Usage: `npm run bench:web [-- options]`
//   --runs N         runs per page (default 5)
//   --app NAME=DIR   a build to measure, served under /massage-match/; repeatable (default app=dist)
//   --static DIR     the static page's directory (default ../shared/bench/static-limit from the repo)
//   --no-build       measure dist/ as it is (otherwise `vite build` first, when an --app is dist/)
//   --http1          serve over plain HTTP/1.1 (by default HTTP/2 over TLS with a throw-away
//                    certificate, as real static hosts serve: Lighthouse then models one warm
//                    connection, not six cold ones)
// Prints each run, medians, ratios, PASS/MISS per target and a markdown table. Exits 0 whether the
// targets pass or not; 1 when a Lighthouse run failed.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toShareHash } from '../src/share/link.ts'
import { answerSet } from '../src/test/answer-sets.ts'
import {
  fmt,
  lighthouseRun,
  median,
  parseBenchArgs,
  selfSignedCertificate,
  serveStatic,
} from './bench-web-lib.mjs'
import { FIRST_VIEW_BYTES, measureFirstView, TARGET_BYTES } from './check-size.mjs'
import { EVERY_SECTION } from './saved-answers.mjs'
import { serveDist } from './serve-dist.mjs'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const repoDist = resolve(repoRoot, 'dist')
const options = parseBenchArgs(process.argv.slice(2), {
  defaultStatic: resolve(repoRoot, '../shared/bench/static-limit'),
  defaultDist: repoDist,
})

if (options.build && options.apps.some((app) => app.dir === repoDist)) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: repoRoot })
}
for (const { dir } of [{ dir: options.staticDir }, ...options.apps]) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No ${join(dir, 'index.html')}: build it first (\`npm run build\`), or drop --no-build`)
  }
}

// A real shared link, made by the app's own codec.
const resultHash = toShareHash(answerSet(EVERY_SECTION))

// Targets, per page kind (issue 20, over HTTP/2 and HTTP/1.1 alike). `lcpRatio`: the app's
// median LCP over the static page's, same run.
const TARGETS = {
  start: { score: 98, tbt: 50, cls: 0, lcpRatio: 1.1 },
  result: { score: 98, tbt: 50, cls: 0, lcpRatio: 1.25 },
}
const verdict = (ok) => (ok ? 'PASS' : 'MISS')

const tls = options.http1 ? null : selfSignedCertificate()
const servers = []
let failedRuns = 0
try {
  const staticServer = await serveStatic(options.staticDir, tls)
  servers.push(staticServer)
  const staticTarget = { label: 'static', page: 'static limit', url: staticServer.url, runs: [] }
  const targets = [staticTarget]
  for (const app of options.apps) {
    const server = await serveDist({ root: app.dir, base: '/massage-match/', tls })
    servers.push(server)
    targets.push(
      { label: `${app.name} start`, app, page: 'start', url: server.url, runs: [] },
      { label: `${app.name} result`, app, page: 'result', url: `${server.url}${resultHash}`, runs: [] },
    )
  }

  console.log(
    `Lighthouse mobile preset, ${options.runs} runs per page, alternating, over ${tls ? 'HTTP/2 (TLS)' : 'HTTP/1.1'}:`,
  )
  for (const target of targets) console.log(`  ${target.label.padEnd(16)} ${target.url}`)
  const labelWidth = Math.max(...targets.map((t) => t.label.length))
  for (let round = 1; round <= options.runs; round++) {
    for (const target of targets) {
      const head = `#${round} ${target.label.padEnd(labelWidth)}`
      try {
        const run = await lighthouseRun(target.url)
        target.runs.push(run)
        console.log(
          `${head}  perf ${run.score}  LCP ${fmt.ms(run.lcp)}  FCP ${fmt.ms(run.fcp)}  TBT ${fmt.ms(run.tbt)}` +
            `  CLS ${fmt.cls(run.cls)}  CPU ${run.benchmarkIndex}`,
        )
      } catch (error) {
        failedRuns++
        console.log(`${head}  FAILED: ${error instanceof Error ? error.message : error}`)
      }
    }
  }

  // Medians per page, and the app's ratios to the static page.
  for (const target of targets) {
    const m = (key) => median(target.runs.map((run) => run[key]))
    target.median = {
      score: m('score'),
      lcp: m('lcp'),
      fcp: m('fcp'),
      tbt: m('tbt'),
      cls: m('cls'),
      benchmarkIndex: m('benchmarkIndex'),
    }
    target.lcpRatio = target.median.lcp / staticTarget.median.lcp
    target.fcpRatio = target.median.fcp / staticTarget.median.fcp
  }

  console.log('\nMedians (ms; ratios to the static page from this run)')
  for (const target of targets) {
    const med = target.median
    const ratios = target === staticTarget ? '' : ` (${fmt.ratio(target.lcpRatio)})`
    const fcpRatio = target === staticTarget ? '' : ` (${fmt.ratio(target.fcpRatio)})`
    console.log(
      `  ${target.label.padEnd(labelWidth)}  perf ${fmt.score(med.score)}  LCP ${fmt.ms(med.lcp)}${ratios}` +
        `  FCP ${fmt.ms(med.fcp)}${fcpRatio}  TBT ${fmt.ms(med.tbt)}  CLS ${fmt.cls(med.cls)}` +
        `  CPU benchmarkIndex ${fmt.ms(med.benchmarkIndex)}  (${target.runs.length} runs)`,
    )
    for (const warning of new Set(target.runs.flatMap((run) => run.warnings))) {
      console.log(`    Lighthouse warning: ${warning}`)
    }
  }

  console.log('\nTargets')
  for (const target of targets.filter((t) => t !== staticTarget)) {
    const goal = TARGETS[target.page]
    const med = target.median
    const line = (ok, what) => console.log(`  ${verdict(ok)}  ${target.label}: ${what}`)
    line(med.score >= goal.score, `performance ${fmt.score(med.score)} (target >= ${goal.score})`)
    if (goal.tbt !== undefined)
      line(med.tbt <= goal.tbt, `TBT ${fmt.ms(med.tbt)} ms (target <= ${goal.tbt} ms)`)
    line(med.cls === goal.cls, `CLS ${fmt.cls(med.cls)} (target ${goal.cls})`)
    line(
      target.lcpRatio <= goal.lcpRatio,
      `LCP ${fmt.ms(med.lcp)} ms = ${fmt.ratio(target.lcpRatio)} static (target <= ${goal.lcpRatio}x)`,
    )
  }

  console.log('\nSize (gzip)')
  for (const app of options.apps) {
    try {
      const size = measureFirstView(app.dir)
      const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`
      console.log(
        `  ${app.name} first view: HTML ${size.html} B, JS ${size.js} B, CSS ${size.css} B; JS+CSS ${kb(size.jsCss)}` +
          `   ${verdict(size.jsCss <= FIRST_VIEW_BYTES)} (target <= ${kb(FIRST_VIEW_BYTES)})`,
      )
      console.log(
        `  ${app.name} first use (the start page plus the app): JS+CSS ${kb(size.firstUse.jsCss)}` +
          `   ${verdict(size.firstUse.jsCss <= TARGET_BYTES)} (target <= ${kb(TARGET_BYTES)})`,
      )
    } catch (error) {
      console.log(`  ${app.name}: size not measured: ${error instanceof Error ? error.message : error}`)
    }
  }

  // For a decision record.
  const date = new Date().toISOString().slice(0, 10)
  console.log(
    `\nLighthouse ${date}, mobile preset, simulated throttling, ${tls ? 'HTTP/2' : 'HTTP/1.1'}, medians of ${options.runs} runs, alternating`,
  )
  console.log(
    '\n| Page | Perf | LCP ms | LCP / static | FCP ms | FCP / static | TBT ms | CLS | CPU index | Runs |',
  )
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|')
  for (const target of targets) {
    const med = target.median
    const isStatic = target === staticTarget
    const cells = [
      target.label,
      fmt.score(med.score),
      fmt.ms(med.lcp),
      isStatic ? '1.00x' : fmt.ratio(target.lcpRatio),
      fmt.ms(med.fcp),
      isStatic ? '1.00x' : fmt.ratio(target.fcpRatio),
      fmt.ms(med.tbt),
      fmt.cls(med.cls),
      fmt.ms(med.benchmarkIndex),
      String(target.runs.length),
    ]
    console.log(`| ${cells.join(' | ')} |`)
  }
} finally {
  await Promise.all(servers.map((server) => server.close()))
}

if (failedRuns > 0) {
  console.log(`\n${failedRuns} Lighthouse run(s) failed; their pages' medians leave them out.`)
  process.exitCode = 1
}
