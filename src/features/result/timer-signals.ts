// What a phone can do for someone lying on a foam roller, each where the browser has it and
// silently absent where it does not: keep the screen on, chime, and buzz.

/** Keeps the screen awake while held (Screen Wake Lock). The browser drops it when the page is hidden. */
export function createWakeLock() {
  let sentinel: WakeLockSentinel | null = null
  let wanted = false

  async function acquire() {
    if (!wanted || sentinel || !('wakeLock' in navigator)) return
    try {
      sentinel = await navigator.wakeLock.request('screen')
      sentinel.addEventListener('release', () => (sentinel = null))
      // Let go at once if released while the request was on its way.
      if (!wanted) void release()
    } catch {
      // Refused (low battery, a policy): the timer works; the screen may sleep.
    }
  }

  async function release() {
    const held = sentinel
    sentinel = null
    await held?.release().catch(() => undefined)
  }

  // Back in view while the timer runs: take it again.
  const onVisible = () => {
    if (document.visibilityState === 'visible') void acquire()
  }

  return {
    hold() {
      wanted = true
      document.addEventListener('visibilitychange', onVisible)
      void acquire()
    },
    letGo() {
      wanted = false
      document.removeEventListener('visibilitychange', onVisible)
      void release()
    },
  }
}

/**
 * A chime made on the spot (Web Audio, no sound file). `prepare` must run in a tap, since phones
 * only allow sound a person started; `chime` can then play later, when the time is up.
 */
export function createChime() {
  let context: AudioContext | null = null

  return {
    prepare() {
      if (context || typeof AudioContext === 'undefined') return
      try {
        context = new AudioContext()
        void context.resume().catch(() => undefined)
      } catch {
        context = null
      }
    },
    chime() {
      if (!context) return
      const start = context.currentTime
      // Three soft rising notes.
      for (const [i, frequency] of [660, 880, 990].entries()) {
        const tone = context.createOscillator()
        const volume = context.createGain()
        tone.frequency.value = frequency
        volume.gain.setValueAtTime(0.0001, start + i * 0.35)
        volume.gain.exponentialRampToValueAtTime(0.3, start + i * 0.35 + 0.02)
        volume.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.35 + 0.3)
        tone.connect(volume).connect(context.destination)
        tone.start(start + i * 0.35)
        tone.stop(start + i * 0.35 + 0.32)
      }
    },
    close() {
      void context?.close().catch(() => undefined)
      context = null
    },
  }
}

/** A short double buzz where the phone supports it (not iOS Safari). */
export function buzz() {
  try {
    navigator.vibrate?.([200, 100, 200])
  } catch {
    // A browser that refuses to vibrate still shows, chimes and announces the end.
  }
}
