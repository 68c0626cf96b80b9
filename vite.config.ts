import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { firstPaint } from './scripts/vite-first-paint.ts'
import { linkPreview, PREVIEW_IMAGE } from './scripts/vite-link-preview.ts'
import { prerender } from './scripts/vite-prerender.ts'

// react-router's package exports always point at its development build; the production build
// beside it drops the dev-only warnings (about 0.5 KB gzip). Built apps only; tests keep the dev build.
const reactRouterProduction = [
  {
    find: /^react-router\/dom$/,
    replacement: fileURLToPath(
      new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url),
    ),
  },
  {
    find: /^react-router$/,
    replacement: fileURLToPath(
      new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
    ),
  },
]

// A relative base lets dist/ run from any static host or sub-path.
export default defineConfig(({ command }) => ({
  base: './',
  resolve: command === 'build' ? { alias: reactRouterProduction } : {},
  plugins: [
    react(),
    prerender(),
    // After prerender (both 'post'): it inlines what the first paint needs and writes the CSP.
    firstPaint(),
    linkPreview(),
    VitePWA({
      // src/main.tsx registers ./sw.js itself, after load: no inline script (CSP), no extra module.
      injectRegister: false,
      // public/manifest.webmanifest is the manifest; index.html links it.
      manifest: false,
      // A new version waits until the person taps Reload (src/boot/updates.ts sends SKIP_WAITING,
      // which the generated worker listens for): it never reloads a page with a half-filled form.
      registerType: 'prompt',
      workbox: {
        // Everything, so a lazy screen of the running version can never 404 mid-visit.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,txt}'],
        // Only messaging apps fetch the link preview's picture: not worth every visitor's download.
        globIgnores: [PREVIEW_IMAGE],
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        // The first visit's page is served by the worker at once, so it works offline from then.
        clientsClaim: true,
        // Hash routes: every page is index.html; real files keep their own response.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/[^/?]+\.[a-z0-9]+$/i],
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The polyfill is an inline script, which the CSP forbids; every supported browser has modulepreload.
    modulePreload: { polyfill: false },
    // dist/.vite/manifest.json: scripts/check-size.mjs finds the app's chunk in it.
    manifest: true,
    rolldownOptions: {
      output: {
        // src/main.tsx, the page's entry, stays tiny: it and what it imports come first. Then
        // src/mount.tsx and everything else it imports (React, the router, the store, the start
        // screen) is one chunk (fewer requests, better gzip) that main.tsx loads when it is
        // needed. The screens stay in their lazy chunks.
        codeSplitting: {
          groups: [
            { name: 'index', test: /\/src\/main\.tsx$/, priority: 2 },
            { name: 'app', test: /\/src\/mount\.tsx$/, priority: 1 },
            // The quiz's option rows, which the journal's forms use too: one chunk for both files,
            // so one name more in the entry script's list rather than two (docs/decisions/0014).
            { name: 'options', test: /\/src\/shared\/components\/(check-row|radio-group)\.tsx$/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
}))
