// What Stryker's sandbox (its copy of the project) must hold for `npm run mutation`, and the check
// that `npm test` makes of it (check-mutation-sandbox.mjs). The sandbox once held a hand-kept list
// of files; when tests began to import other helpers, they could no longer load there, and the
// rules' mutants ran against no test without anyone noticing. So the list now follows the imports.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative, resolve } from 'node:path'
import { CODE, relativeImports, resolveImport } from './imports.mjs'

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
