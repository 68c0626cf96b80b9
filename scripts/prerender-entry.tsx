// Built by scripts/vite-prerender.ts with `vite build --ssr`; renders the same tree as src/mount.tsx
// (src/app.tsx) at the location the renderer sets up ('#/'), for hydration in the browser.
import { renderToString } from 'react-dom/server'
import { App } from '../src/app'

export function render(): string {
  return renderToString(<App />)
}
