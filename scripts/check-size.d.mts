export declare const BUDGET_BYTES: number
export declare const TARGET_BYTES: number

export interface FirstView {
  html: number
  js: number
  css: number
  jsCss: number
  total: number
  files: { file: string; type: 'html' | 'js' | 'css'; gzip: number }[]
}

/** Gzip bytes of what dist/index.html loads first; see check-size.mjs. */
export declare function measureFirstView(distDir?: string): FirstView
