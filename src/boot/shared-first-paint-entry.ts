// The script file built from src/boot/shared-first-paint.ts (scripts/vite-first-paint.ts), which
// the inline first-paint script loads for a shared link.
import { paintSharedResult, type SharedStyles } from './shared-first-paint'

/** The result screen's stylesheet, put here by the build (scripts/vite-first-paint.ts's `define`). */
declare const __SHARED_STYLES__: SharedStyles

paintSharedResult(__SHARED_STYLES__)
