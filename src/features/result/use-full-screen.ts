import { useEffect, useState, type RefObject } from 'react'

/**
 * A full-screen view of `box`: it covers the page in every browser (the caller's CSS, while `full`),
 * and where the browser allows it (not on iPhones, which refuse it for anything but video) the
 * Fullscreen API also hides the browser's own bars. A refusal changes nothing else. The way out:
 * `leave`, Escape, or the browser's own (its Escape, a back gesture).
 */
export function useFullScreen(box: RefObject<HTMLElement | null>) {
  const [full, setFull] = useState(false)

  useEffect(() => {
    if (!full) return
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setFull(false)
    const onExit = () => document.fullscreenElement === null && setFull(false)
    document.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onExit)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onExit)
    }
  }, [full])

  function enter() {
    // Call it in the tap itself: browsers allow full screen only from something a person did.
    if (!document.fullscreenElement) void box.current?.requestFullscreen?.().catch(() => undefined)
    setFull(true)
  }

  function leave() {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    setFull(false)
  }

  return { full, enter, leave }
}
