/** The CSP header serveDist sends: index.html's meta policy plus frame-ancestors 'none'. */
export declare const CSP: string

/** See the JSDoc in serve-dist.mjs. */
export declare function serveDist(options?: {
  root?: string
  base?: string
  port?: number
}): Promise<{ url: string; close: () => Promise<void> }>
