/** The import graph of the files under `dir` that are not tests: file → the files it imports. */
export function importGraph(dir: string): Map<string, string[]>
/** Every circle in a graph, each as the files around it. */
export function cycles(graph: Map<string, readonly string[]>): string[][]
