import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'

const ROOT_TAG = '<div id="root"></div>'
const TITLE = /<title>[^<]*<\/title>/

/**
 * Renders the app's start route ('#/') at build time and puts the HTML inside #root of
 * dist/index.html, so the start page paints before any JavaScript runs; src/main.tsx then
 * hydrates it. Runs before vite-plugin-pwa reads index.html, so the precache gets the final page.
 * A failure fails the build: a silent fallback would hide a broken page from everyone.
 */
export function prerender(): Plugin {
  let root = process.cwd()
  return {
    name: 'massage-match:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_TAG)) throw new Error(`prerender: index.html has no ${ROOT_TAG}`)
        const outDir = join(root, 'node_modules/.cache/prerender')
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [react()],
          build: {
            ssr: join(root, 'scripts/prerender-entry.tsx'),
            outDir,
            emptyOutDir: true,
            rollupOptions: { output: { entryFileNames: 'prerender-entry.mjs' } },
          },
        })
        const markup = execFileSync(
          process.execPath,
          [join(root, 'scripts/prerender-render.mjs'), join(outDir, 'prerender-entry.mjs')],
          { encoding: 'utf8', cwd: root },
        )
        // The page's CSP has no 'unsafe-inline': inline scripts or style attributes would be blocked.
        if (/<script|\sstyle="/i.test(markup)) {
          throw new Error(
            'prerender: the start page renders an inline <script> or style="" that the CSP blocks',
          )
        }
        if (markup.trim() === '') throw new Error('prerender: the start route rendered nothing')
        // The tab's title as the app sets it on arrival (AppLayout: "<h1> – Massage Match"), so it
        // does not change under a person who has not done anything yet.
        const heading = markup.match(/<h1\b[^>]*>([^<]*)<\/h1>/)?.[1]
        if (!heading) throw new Error('prerender: the start page has no <h1>')
        if (!TITLE.test(html)) throw new Error('prerender: index.html has no <title>')
        return html
          .replace(TITLE, `<title>${heading} – Massage Match</title>`)
          .replace(ROOT_TAG, `<div id="root">${markup}</div>`)
      },
    },
  }
}
