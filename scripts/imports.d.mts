/** A file of code, whose imports are followed. */
export declare const CODE: RegExp
/** The relative modules a source file imports: static, dynamic, re-exported and type-only alike. */
export declare function relativeImports(source: string): string[]
/** The file an import names, as the bundler finds it; throws when there is none. */
export declare function resolveImport(fromFile: string, name: string): string
