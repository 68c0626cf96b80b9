import { useEffect, useRef, useState } from 'react'
import { createWakeLock } from './timer-signals'

export type Countdown =
  | { status: 'idle' }
  | { status: 'running'; endsAt: number; minutes: number }
  | { status: 'paused'; remaining: number; minutes: number }

/**
 * A countdown of whole minutes. Time comes from a start timestamp, not from counting ticks, so it
 * stays right when the phone throttles a background tab; the screen is kept awake while it runs.
 * `onEnd` runs once when the time is up, from the tick that finds it so (not from a render).
 */
export function useCountdown(onEnd: (minutes: number) => void) {
  const [state, setState] = useState<Countdown>({ status: 'idle' })
  const [now, setNow] = useState(0)
  const interval = useRef<number | null>(null)
  const [wakeLock] = useState(createWakeLock)

  function stopTicking() {
    if (interval.current !== null) window.clearInterval(interval.current)
    interval.current = null
    wakeLock.letGo()
  }

  // Only cleanup: a countdown must not outlive the screen.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on leaving
  useEffect(() => stopTicking, [])

  function tick(endsAt: number, minutes: number) {
    stopTicking()
    wakeLock.hold()
    setNow(Date.now())
    setState({ status: 'running', endsAt, minutes })
    interval.current = window.setInterval(() => {
      const t = Date.now()
      setNow(t)
      if (t < endsAt) return
      stopTicking()
      setState({ status: 'idle' })
      onEnd(minutes)
    }, 250)
  }

  const remaining =
    state.status === 'running' ? state.endsAt - now : state.status === 'paused' ? state.remaining : null

  return {
    state,
    /** Milliseconds left; null when idle. */
    remaining,
    start(minutes: number) {
      tick(Date.now() + minutes * 60_000, minutes)
    },
    pause() {
      if (state.status !== 'running') return
      stopTicking()
      setState({
        status: 'paused',
        remaining: Math.max(0, state.endsAt - Date.now()),
        minutes: state.minutes,
      })
    },
    resume() {
      if (state.status === 'paused') tick(Date.now() + state.remaining, state.minutes)
    },
    stop() {
      stopTicking()
      setState({ status: 'idle' })
    },
  }
}
