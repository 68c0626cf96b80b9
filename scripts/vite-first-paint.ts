import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown'
import { build, type Plugin } from 'vite'
import { firstPaintScript, type BootFiles } from '../src/boot/first-paint.ts'
import { JOURNAL_ATTRIBUTE, JOURNAL_MARKER_KEYS } from '../src/state/journal-key.ts'
import { SAVE_KEY } from '../src/state/save-key.ts'
import { contentSecurityPolicy } from './serve-dist.mjs'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g

/** The page's entry script, which Vite puts in <head>; the first-paint script adds it instead. */
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="\.\/([^"]+\.js)"><\/script>/

/** The chunk holding a module (src/mount.tsx: the app), which src/main.tsx imports. */
function chunkOf(bundle: OutputBundle, module: string): OutputChunk | undefined {
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && file.moduleIds.some((id) => id.endsWith(module))) return file
  }
  return undefined
}

const SHARED_ENTRY = fileURLToPath(new URL('../src/boot/shared-first-paint-entry.ts', import.meta.url))

/**
 * src/boot/shared-first-paint.ts as one small classic script of its own (the share codec, the
 * ranking and the shared result's first screen; no React), which the first-paint script loads
 * for a shared link only.
 */
async function buildSharedFirstPaint(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input: SHARED_ENTRY, output: { format: 'iife' } },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []))
  const chunks = outputs.filter((file): file is OutputChunk => file.type === 'chunk')
  if (chunks.length !== 1)
    throw new Error(`first-paint: the shared first paint built ${chunks.length} chunks, not one`)
  return chunks[0]!.code
}

/**
 * What the first paint needs, inline in index.html: the first-paint script (src/boot/first-paint.ts)
 * and, in the build, the page's stylesheet, so the start page paints from the HTML alone, with no
 * round trip for a render-blocking file. The build's Content-Security-Policy (a meta tag; static
 * hosts that send headers send the same, see scripts/serve-dist.mjs) allows exactly these two
 * inline blocks by their hashes: still no 'unsafe-inline'.
 */
export function firstPaint(): Plugin {
  let sharedScript: string | null = null
  return {
    name: 'massage-match:first-paint',
    // Before the page is written (transformIndexHtml runs in Vite's own generateBundle).
    generateBundle: {
      order: 'pre',
      async handler() {
        const code = await buildSharedFirstPaint()
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8)
        sharedScript = `assets/shared-first-paint-${hash}.js`
        this.emitFile({ type: 'asset', fileName: sharedScript, source: code })
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        let files: BootFiles | undefined
        if (bundle) {
          const app = chunkOf(bundle, '/src/mount.tsx')
          const result = chunkOf(bundle, '/src/features/result/result-screen.tsx')
          const entry = html.match(ENTRY_SCRIPT)?.[1]
          if (!app) throw new Error('first-paint: no chunk for src/mount.tsx in the build')
          if (!result) throw new Error('first-paint: no chunk for the result screen in the build')
          if (!entry) throw new Error('first-paint: no entry <script type="module"> in index.html')
          if (!sharedScript) throw new Error('first-paint: the shared first paint was not built')
          html = html.replace(ENTRY_SCRIPT, '')
          files = {
            entry: `./${entry}`,
            app: [`./${app.fileName}`],
            shared: {
              script: `./${sharedScript}`,
              styles: [...(result.viteMetadata?.importedCss ?? [])].map((css) => `./${css}`),
            },
          }
        }
        const script = firstPaintScript({
          saveKey: SAVE_KEY,
          journal: { keys: JOURNAL_MARKER_KEYS, attribute: JOURNAL_ATTRIBUTE },
          files,
        })
        const styles: string[] = []
        if (bundle) {
          html = html.replace(STYLESHEET, (_tag, file: string) => {
            const asset = bundle[file] as OutputAsset | undefined
            if (asset?.type !== 'asset') throw new Error(`first-paint: no stylesheet ${file} in the build`)
            const css = String(asset.source).trim()
            styles.push(css)
            // Inline now: the file itself is no longer needed.
            delete bundle[file]
            return `<style>${css}</style>`
          })
        }
        if (!html.includes('</head>')) throw new Error('first-paint: index.html has no </head>')
        const policy = bundle
          ? `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({
              scripts: [sha256(script)],
              styles: styles.map(sha256),
            })}">\n    `
          : ''
        return html
          .replace('<head>', `<head>\n    ${policy}`)
          .replace('</title>', `</title>\n    <script>${script}</script>`)
      },
    },
  }
}
