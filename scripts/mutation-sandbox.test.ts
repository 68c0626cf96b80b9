import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { relativeImports } from './imports.mjs'
import { sandboxProblems, withImports } from './mutation-sandbox.mjs'

test.each([
  ["import { a } from './a'", ['./a']],
  ["import type { B } from '../b'", ['../b']],
  ["export * from './c'\nexport { d } from './d.ts'", ['./c', './d.ts']],
  ["import './e.css'", ['./e.css']],
  ["const f = () => import('./f')", ['./f']],
  ["import raw from './g.md?raw'", ['./g.md']],
  ["import fc from 'fast-check'\nimport { test } from 'vitest'", []],
  ["// import { a } from './commented-out'", []],
])('%j imports %j', (source, names) => {
  expect(relativeImports(source)).toEqual(names)
})

const root = mkdtempSync(join(tmpdir(), 'mutation-sandbox-test-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
function write(files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true })
    writeFileSync(join(root, name), content)
  }
}
write({
  'src/engine/rules.ts': "import { words } from './words'\nexport const rules = words",
  'src/engine/words.ts': 'export const words = 1',
  'src/engine/rules.test.ts': "import { rules } from './rules'\nimport { typical } from '../test/people'",
  'src/engine/notes.md': 'not code',
  'src/test/people.ts': "import { A } from '../../scripts/saved-answers.mjs'\nimport { sets } from './sets'",
  'src/test/sets/index.ts': 'export const sets = []',
  'src/test/unused.ts': 'export const unused = 1',
  'scripts/saved-answers.mjs': 'export const A = 1',
  'vitest.config.ts': "import { defineConfig } from 'vitest/config'",
})

test('the sandbox holds the folders, every file they import, and what those import in turn', () => {
  expect(withImports(['src/engine', 'vitest.config.ts'], root)).toEqual([
    'scripts/saved-answers.mjs',
    'src/engine/notes.md',
    'src/engine/rules.test.ts',
    'src/engine/rules.ts',
    'src/engine/words.ts',
    'src/test/people.ts',
    'src/test/sets/index.ts',
    'vitest.config.ts',
  ])
})

test('an import of a file that is not there is an error, not a file quietly left out', () => {
  write({ 'src/share/link.ts': "import { gone } from '../test/gone'" })
  expect(() => withImports(['src/share'], root)).toThrow(/src\/share\/link\.ts imports \.\.\/test\/gone/)
})

const fine = {
  tests: ['src/engine/rules.test.ts', 'src/share/link.test.ts'],
  sandbox: ['src/engine/rules.test.ts', 'src/engine/rules.ts', 'src/share/link.test.ts', 'src/share/link.ts'],
  results: new Map([
    ['src/engine/rules.test.ts', { status: 'passed', message: '' }],
    ['src/share/link.test.ts', { status: 'passed', message: '' }],
  ]),
  toMutate: ['src/engine/rules.ts', 'src/share/link.ts'],
  mutated: ['src/engine/rules.ts', 'src/share/link.ts'],
}

test.each([
  ['nothing, when every test passes in the sandbox and every file is mutated', fine, []],
  [
    'a test file that is not copied into the sandbox',
    { ...fine, sandbox: fine.sandbox.filter((file) => file !== 'src/share/link.test.ts') },
    ['src/share/link.test.ts: not copied into the sandbox (stryker.config.mjs, ignorePatterns)'],
  ],
  [
    'a test file that vitest does not run there',
    { ...fine, results: new Map([...fine.results].slice(0, 1)) },
    ["src/share/link.test.ts: not run there (the vitest config's include leaves it out)"],
  ],
  [
    'a test file that fails there, with the first line of its error',
    {
      ...fine,
      results: new Map([
        ...fine.results,
        [
          'src/engine/rules.test.ts',
          { status: 'failed', message: "Cannot find module '../test/people'\n  at x" },
        ],
      ]),
    },
    ["src/engine/rules.test.ts: failed there: Cannot find module '../test/people'"],
  ],
  [
    'a file to mutate that is not copied into the sandbox',
    { ...fine, sandbox: fine.sandbox.filter((file) => file !== 'src/engine/rules.ts') },
    [
      'src/engine/rules.ts: not copied into the sandbox, so never mutated (stryker.config.mjs, ignorePatterns)',
    ],
  ],
  [
    'a file to mutate that the mutate patterns leave out',
    { ...fine, mutated: ['src/engine/rules.ts'] },
    ['src/share/link.ts: not mutated (stryker.config.mjs, mutate)'],
  ],
])('sandboxProblems reports %s', (_, run, problems) => {
  expect(sandboxProblems(run)).toEqual(problems)
})
