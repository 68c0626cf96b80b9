/** The page's Content-Security-Policy, allowing the given inline blocks by their quoted hashes. */
export declare function contentSecurityPolicy(inline?: { scripts?: string[]; styles?: string[] }): string
/** The CSP header for a built index.html: its meta tag's policy plus frame-ancestors 'none'. */
export declare function cspHeader(html: string): string

type Tls = { key: string | Buffer; cert: string | Buffer } | null

/** See the JSDoc in serve-dist.mjs. */
export declare function serveDist(options?: {
  root?: string
  base?: string
  port?: number
  tls?: Tls
}): Promise<{ url: string; close: () => Promise<void> }>

/** See the JSDoc in serve-dist.mjs. */
export declare function listen(
  handle: (req: unknown, res: unknown) => unknown,
  options?: { port?: number; tls?: Tls },
): Promise<{ origin: string; close: () => Promise<void> }>
