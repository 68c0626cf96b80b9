import type { Locator, Page } from '@playwright/test'

type Point = { x: number; y: number }

export async function centre(target: Locator): Promise<Point> {
  const box = (await target.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/**
 * A finger through the DevTools protocol, each touch at a planned moment (ms from the finger's
 * start) and stamped with it, as a phone's screen stamps a touch: a busy test machine may deliver it
 * a little late, as a busy phone does, and the app still sees the finger's own timing (the tap
 * guard in src/routes/use-tap-guard.ts reads it).
 */
export async function finger(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  const start = Date.now()
  const at = async (ms: number) => {
    await new Promise((done) => setTimeout(done, start + ms - Date.now()))
    return (start + ms) / 1000
  }
  return {
    /** ms since the finger's start, now. */
    now: () => Date.now() - start,
    down: async (point: Point, ms: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [point],
        timestamp: await at(ms),
      }),
    up: async (ms: number) =>
      cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: await at(ms) }),
  }
}

/** Two taps at one point, the second going down `gap` ms after the first lifts: a double tap. */
export async function doubleTap(page: Page, point: Point, gap: number): Promise<void> {
  const touch = await finger(page)
  await touch.down(point, 0)
  await touch.up(60)
  await touch.down(point, 60 + gap)
  await touch.up(120 + gap)
}
