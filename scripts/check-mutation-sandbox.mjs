// `npm test` runs this before the unit tests: it fails when `npm run mutation` would leave an
// engine or share-link test out (or a file out of the mutants), which a mutation run itself does
// not say. It builds the sandbox file list with Stryker's own reader from stryker.config.mjs,
// copies those files to a temporary folder as Stryker does, runs the mutation vitest config there
// once without mutants, and checks that every test file in src/engine and src/share ran and passed.

import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sandboxProblems } from './mutation-sandbox.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
process.chdir(root)
const TESTED = ['src/engine', 'src/share']

const config = (await import('../stryker.config.mjs')).default
// Stryker exports no way to list its sandbox, so this loads the class that builds it (pinned
// version in package.json): if an upgrade moves it, this import fails and says where to look.
await import('@stryker-mutator/core') // first, so its modules load in Stryker's own order
const core = join(root, 'node_modules/@stryker-mutator/core/dist/src')
const { ProjectReader } = await import(join(core, 'fs/project-reader.js'))
const { defaultOptions } = await import(join(core, 'config/index.js'))
const quiet = { debug() {}, info() {}, warn() {}, isDebugEnabled: () => false, isInfoEnabled: () => false }
const reader = new ProjectReader({ readdir }, quiet, { ...defaultOptions, ...config })
const inputFiles = await reader.resolveInputFileNames()
const sandbox = inputFiles.map((file) => relative(root, file).split('\\').join('/'))
const mutated = Object.entries(reader.resolveFileDescriptions(inputFiles))
  .filter(([, description]) => description.mutate)
  .map(([file]) => relative(root, file).split('\\').join('/'))

const tracked = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...TESTED],
  {
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((file) => file.endsWith('.ts') && existsSync(file))
const tests = tracked.filter((file) => file.endsWith('.test.ts'))
const toMutate = tracked.filter((file) => !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mutation-sandbox-')))
let results
try {
  for (const file of sandbox) cpSync(file, join(dir, file))
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const report = join(dir, 'vitest-report.json')
  const vitest = join(root, 'node_modules/vitest/vitest.mjs')
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', config.vitest.configFile, '--reporter=json', `--outputFile=${report}`],
    { cwd: dir, encoding: 'utf8' },
  )
  if (!existsSync(report)) {
    console.error(run.stdout, run.stderr)
    throw new Error(`vitest did not run in the mutation sandbox (exit ${run.status})`)
  }
  results = new Map(
    JSON.parse(readFileSync(report, 'utf8')).testResults.map((file) => {
      const failed = file.assertionResults.find((test) => test.status === 'failed')
      const message = file.message || (failed ? `${failed.fullName}: ${failed.failureMessages[0] ?? ''}` : '')
      return [relative(dir, file.name), { status: file.status, message }]
    }),
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const problems = sandboxProblems({ tests, sandbox, results, toMutate, mutated })
if (problems.length > 0) {
  console.error(
    [
      `npm run mutation would leave ${problems.length} file(s) out; check stryker.config.mjs and ${config.vitest.configFile}:`,
      ...problems.map((problem) => `  ${problem}`),
      `Its sandbox holds: ${sandbox.join(', ')}`,
    ].join('\n'),
  )
  process.exit(1)
}
console.log(
  `Mutation sandbox: ${sandbox.length} files; all ${tests.length} engine and share-link test files pass there; ${mutated.length} files mutated.`,
)
