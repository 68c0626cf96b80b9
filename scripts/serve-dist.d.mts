/** The page's Content-Security-Policy, as the build's meta tag in index.html. */
export declare const CSP_META: string
/** The CSP header serveDist sends: CSP_META plus frame-ancestors 'none'. */
export declare const CSP: string

/** See the JSDoc in serve-dist.mjs. */
export declare function serveDist(options?: {
  root?: string
  base?: string
  port?: number
}): Promise<{ url: string; close: () => Promise<void> }>
