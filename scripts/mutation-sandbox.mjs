// What Stryker's sandbox (its copy of the project) must hold for `npm run mutation`, and the check
// that `npm test` makes of it (check-mutation-sandbox.mjs). The sandbox once held a hand-kept list
// of files; when tests began to import other helpers, they could no longer load there, and the
// rules' mutants ran against no test without anyone noticing. So the list now follows the imports.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix, relative, resolve } from 'node:path'
import ts from 'typescript'

/** The relative modules a source file imports: static, dynamic, re-exported and type-only alike. */
export function relativeImports(source) {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((file) => file.fileName.replace(/\?.*$/, ''))
    .filter((name) => name.startsWith('./') || name.startsWith('../'))
}

// How the bundler finds a module named without its extension (tsconfig's "bundler" resolution).
const ENDINGS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx', '/index.js']
const CODE = /\.(ts|tsx|mts|mjs|js)$/

function resolveImport(fromFile, name) {
  const base = resolve(dirname(fromFile), name)
  const found = ENDINGS.map((ending) => base + ending).find(
    (file) => existsSync(file) && statSync(file).isFile(),
  )
  if (!found) throw new Error(`${fromFile} imports ${name}, which is not a file`)
  return found
}

function filesIn(path) {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * Every file in `paths` (files or folders, relative to root) and every file that their code
 * imports, followed import by import: paths relative to root with forward slashes, sorted.
 */
export function withImports(paths, root = process.cwd()) {
  const found = new Set()
  const queue = paths.flatMap((path) => filesIn(resolve(root, path)))
  while (queue.length > 0) {
    const file = queue.pop()
    if (found.has(file)) continue
    found.add(file)
    if (!CODE.test(file)) continue
    for (const name of relativeImports(readFileSync(file, 'utf8'))) queue.push(resolveImport(file, name))
  }
  const fromRoot = [...found].map((file) => relative(root, file).split(/[\\/]/).join(posix.sep))
  const outside = fromRoot.filter((file) => file.startsWith('../'))
  if (outside.length > 0) throw new Error(`Imports from outside the project: ${outside.join(', ')}`)
  return fromRoot.sort()
}

/**
 * What a mutation run would miss, in plain words: each test file that should run against every
 * mutant and does not pass in the sandbox, and each file that should be mutated and is not.
 * `results` are vitest's per-file results in the sandbox, by path from the root.
 */
export function sandboxProblems({ tests, sandbox, results, toMutate, mutated }) {
  const inSandbox = new Set(sandbox)
  const isMutated = new Set(mutated)
  const problems = []
  for (const test of tests) {
    const result = results.get(test)
    if (!inSandbox.has(test)) {
      problems.push(`${test}: not copied into the sandbox (stryker.config.mjs, ignorePatterns)`)
    } else if (!result) {
      problems.push(`${test}: not run there (the vitest config's include leaves it out)`)
    } else if (result.status !== 'passed') {
      problems.push(`${test}: ${result.status} there: ${result.message.trim().split('\n')[0]}`)
    }
  }
  for (const file of toMutate) {
    if (!inSandbox.has(file)) {
      problems.push(
        `${file}: not copied into the sandbox, so never mutated (stryker.config.mjs, ignorePatterns)`,
      )
    } else if (!isMutated.has(file)) {
      problems.push(`${file}: not mutated (stryker.config.mjs, mutate)`)
    }
  }
  return problems
}
