export declare const TARGET_BYTES: number
export declare const FIRST_VIEW_BYTES: number
export declare const APP_CHUNK_NAME: string

export interface FirstView {
  /** The first view: what index.html loads to show the (prerendered, working) start page. */
  html: number
  js: number
  css: number
  jsCss: number
  total: number
  /** The first view plus the app chunk that src/main.tsx loads on first use. */
  firstUse: { js: number; css: number; jsCss: number }
  /** A shared link's first view: the HTML, its CSS, and the first-paint script and stylesheet it loads for the link. */
  sharedFirstView: { files: { file: string; type: 'js' | 'css'; gzip: number }[]; total: number } | null
  /** `use`: loaded on first use, not for the first view. */
  files: { file: string; type: 'html' | 'js' | 'css'; gzip: number; use: boolean }[]
}

/** Gzip bytes of the first view and of first use of a build; see check-size.mjs. */
export declare function measureFirstView(distDir?: string): FirstView
