/** Every file in `paths` (files or folders) and every file their code imports, from root, sorted. */
export declare function withImports(paths: string[], root?: string): string[]

export interface SandboxRun {
  /** The test files that must run against every mutant. */
  tests: string[]
  /** The files Stryker copies into its sandbox. */
  sandbox: string[]
  /** Vitest's result for each test file it ran in the sandbox. */
  results: Map<string, { status: string; message: string }>
  /** The files that must be mutated, and the ones Stryker would mutate. */
  toMutate: string[]
  mutated: string[]
}

/** What a mutation run would miss, one line per file; empty when nothing. */
export declare function sandboxProblems(run: SandboxRun): string[]
