// Every page's address, in one table: its pattern (react-router's syntax, which the router and the
// page's entry script match against) and how to build a link to it. The route table
// (src/routes/route-table.ts) pairs each row with the screen it loads; features build their links
// here, never as strings. Paths are the router's, without the '#'.

/** One page: the pattern it is matched by, and its href builder. */
interface Url {
  pattern: string
  href: (...args: never[]) => string
}

export const URLS = {
  start: { pattern: '/', href: () => '/' },
  /** The safety check's two pages: the warning signs, then (page 2) the health conditions. */
  check: { pattern: '/check/:page?', href: (page: 1 | 2 = 1) => (page === 1 ? '/check' : '/check/2') },
  stop: { pattern: '/stop', href: () => '/stop' },
  noMassage: { pattern: '/no-massage', href: () => '/no-massage' },
  /** n counts from 1. */
  question: { pattern: '/q/:n', href: (n: number) => `/q/${n}` },
  /**
   * The person's own result, read from what this phone saved: the address carries nothing, so
   * copying it never shares a result with less caution than the person's own screen.
   */
  result: { pattern: '/result', href: () => '/result' },
  /**
   * A shared link: the code is the share-link codec's (src/share). Optional, so a link cut off
   * right after '#/r/' gets the link problem screen, not "Page not found".
   */
  shared: { pattern: '/r/:code?', href: (code: string) => `/r/${code}` },
  card: { pattern: '/card', href: () => '/card' },
  journal: { pattern: '/journal', href: () => '/journal' },
  plan: { pattern: '/journal/plan', href: () => '/journal/plan' },
  /** A new check-in, or with an id the one to change. */
  checkIn: {
    pattern: '/journal/check-in/:id?',
    href: (id?: string) => `/journal/check-in${id === undefined ? '' : `/${encodeURIComponent(id)}`}`,
  },
  /** Any other address: "Page not found". */
  notFound: { pattern: '*', href: () => '/not-found' },
} as const satisfies Record<string, Url>

export type RouteName = keyof typeof URLS

type Hrefs = { [K in RouteName]: (typeof URLS)[K]['href'] }

/** The only place URLs are built: `paths.question(3)` is '/q/3'. */
export const paths: Hrefs = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.entries(URLS).map(([name, url]) => [name, url.href])) as Hrefs)()
