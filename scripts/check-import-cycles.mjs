// Fails when the app's modules import each other in a circle, type-only imports included: a type
// that two modules define through each other is as hard to follow as a value (issue 19). ESLint's
// import-x/no-cycle sees value imports only. Tests are left out: they may import across layers.
// Usage: node scripts/check-import-cycles.mjs (part of `npm run lint`).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CODE, relativeImports, resolveImport } from './imports.mjs'

/** The import graph of the files under `dir` that are not tests: file → the files it imports. */
export function importGraph(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
  return new Map(
    files.map((file) => [
      file,
      relativeImports(readFileSync(file, 'utf8')).map((name) => resolveImport(file, name)),
    ]),
  )
}

/** Every circle in a graph, each as the files around it (Tarjan's strongly connected components). */
export function cycles(graph) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const found = []
  let next = 0
  const visit = (node) => {
    index.set(node, next)
    low.set(node, next)
    next++
    stack.push(node)
    onStack.add(node)
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node), low.get(to)))
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)))
    }
    if (low.get(node) !== index.get(node)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    const selfImport = (graph.get(node) ?? []).includes(node)
    if (component.length > 1 || selfImport) found.push(component.reverse())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const found = cycles(importGraph(join(root, 'src')))
  if (found.length > 0) {
    console.error('Modules that import each other in a circle (type-only imports count):')
    for (const circle of found) console.error(`  ${circle.map((file) => relative(root, file)).join(' → ')}`)
    process.exit(1)
  }
  console.log('check-import-cycles: no circles in src/, type-only imports included')
}
