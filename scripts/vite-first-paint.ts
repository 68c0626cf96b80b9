import { createHash } from 'node:crypto'
import type { OutputAsset, OutputBundle } from 'rolldown'
import type { Plugin } from 'vite'
import { firstPaintScript } from '../src/boot/first-paint.ts'
import { JOURNAL_ATTRIBUTE, JOURNAL_MARKER_KEYS } from '../src/state/journal-key.ts'
import { SAVE_KEY } from '../src/state/save-key.ts'
import { contentSecurityPolicy } from './serve-dist.mjs'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g

/** The chunk file of the app (src/mount.tsx), which src/main.tsx imports. */
function appChunk(bundle: OutputBundle): string | undefined {
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && file.moduleIds.some((id) => id.endsWith('/src/mount.tsx')))
      return file.fileName
  }
  return undefined
}

/**
 * What the first paint needs, inline in index.html: the first-paint script (src/boot/first-paint.ts)
 * and, in the build, the page's stylesheet, so the start page paints from the HTML alone, with no
 * round trip for a render-blocking file. The build's Content-Security-Policy (a meta tag; static
 * hosts that send headers send the same, see scripts/serve-dist.mjs) allows exactly these two
 * inline blocks by their hashes: still no 'unsafe-inline'.
 */
export function firstPaint(): Plugin {
  return {
    name: 'massage-match:first-paint',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        const app = bundle ? appChunk(bundle) : undefined
        if (bundle && !app) throw new Error('first-paint: no chunk for src/mount.tsx in the build')
        const script = firstPaintScript({
          saveKey: SAVE_KEY,
          journal: { keys: JOURNAL_MARKER_KEYS, attribute: JOURNAL_ATTRIBUTE },
          appFiles: app ? [`./${app}`] : [],
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
