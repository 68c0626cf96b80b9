import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// A relative base lets dist/ run from any static host or sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2020' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
})
