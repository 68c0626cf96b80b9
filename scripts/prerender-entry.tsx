// Built by scripts/vite-prerender.ts with `vite build --ssr`; renders what src/main.tsx renders
// (keep the two trees the same, or hydration fails) at the location the renderer sets up ('#/').
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { AppRouter } from '../src/routes/router'

export function render(): string {
  return renderToString(
    <StrictMode>
      <AppRouter />
    </StrictMode>,
  )
}
