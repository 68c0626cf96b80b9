// Reading a source file's imports, as the bundler resolves them: for the mutation sandbox
// (mutation-sandbox.mjs) and the import-cycle check (check-import-cycles.mjs).
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import ts from 'typescript'

/** The relative modules a source file imports: static, dynamic, re-exported and type-only alike. */
export function relativeImports(source) {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((file) => file.fileName.replace(/\?.*$/, ''))
    .filter((name) => name.startsWith('./') || name.startsWith('../'))
}

/** A file of code, whose imports are followed. */
export const CODE = /\.(ts|tsx|mts|mjs|js)$/

// How the bundler finds a module named without its extension (tsconfig's "bundler" resolution).
const ENDINGS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx', '/index.js']

export function resolveImport(fromFile, name) {
  const base = resolve(dirname(fromFile), name)
  const found = ENDINGS.map((ending) => base + ending).find(
    (file) => existsSync(file) && statSync(file).isFile(),
  )
  if (!found) throw new Error(`${fromFile} imports ${name}, which is not a file`)
  return found
}
