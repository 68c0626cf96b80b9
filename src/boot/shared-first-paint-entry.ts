// The script file built from src/boot/shared-first-paint.ts (scripts/vite-first-paint.ts), which
// the inline first-paint script loads for a shared link.
import { paintSharedResult } from './shared-first-paint'

paintSharedResult()
