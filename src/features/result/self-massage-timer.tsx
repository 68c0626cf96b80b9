import { useEffect, useRef, useState } from 'react'
import { buzz, createChime, createWakeLock } from './timer-signals'

type TimerState =
  | { status: 'idle' }
  | { status: 'running'; endsAt: number; minutes: number }
  | { status: 'paused'; remaining: number; minutes: number }

function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

/** m:ss, rounding up so the display reads 0:00 only when the time is really up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * A 1- or 2-minute timer for foam rolling. Time comes from a start timestamp, not from
 * counting ticks, so it stays right when the phone throttles a background tab. For someone on
 * the floor: it can fill the screen with large digits, keeps the screen awake while it runs, and
 * ends with a chime, a buzz where the phone can vibrate, large "Time is up" and a polite
 * announcement for screen readers.
 */
export function SelfMassageTimer() {
  const [state, setState] = useState<TimerState>({ status: 'idle' })
  const [now, setNow] = useState(0)
  const [announcement, setAnnouncement] = useState('')
  const [full, setFull] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const interval = useRef<number | null>(null)
  const [signals] = useState(() => ({ wakeLock: createWakeLock(), chime: createChime() }))

  function stopTicking() {
    if (interval.current !== null) window.clearInterval(interval.current)
    interval.current = null
    signals.wakeLock.letGo()
  }

  // Only cleanup: a timer must not outlive the screen.
  useEffect(
    () => () => {
      stopTicking()
      signals.chime.close()
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on leaving
    [],
  )

  // Escape, or the phone's own way out of full screen, leaves the full-screen view.
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

  function handleFullScreen() {
    // The timer covers the page either way; where the browser allows it (not on iPhones) it also
    // hides the browser's own bars.
    if (!full) void box.current?.requestFullscreen?.().catch(() => undefined)
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    setFull(!full)
  }

  function startTicking(endsAt: number, minutes: number) {
    stopTicking()
    signals.wakeLock.hold()
    setNow(Date.now())
    interval.current = window.setInterval(() => {
      const t = Date.now()
      setNow(t)
      if (t >= endsAt) {
        stopTicking()
        setState({ status: 'idle' })
        setAnnouncement(`Time is up: ${minutesText(minutes)} done.`)
        signals.chime.chime()
        buzz()
      }
    }, 250)
  }

  function handleStart(minutes: number) {
    // In the tap itself: phones allow sound only from something a person did.
    signals.chime.prepare()
    const endsAt = Date.now() + minutes * 60_000
    setAnnouncement('')
    setState({ status: 'running', endsAt, minutes })
    startTicking(endsAt, minutes)
  }

  function handlePause() {
    if (state.status !== 'running') return
    stopTicking()
    setState({ status: 'paused', remaining: Math.max(0, state.endsAt - Date.now()), minutes: state.minutes })
  }

  function handleResume() {
    if (state.status !== 'paused') return
    const endsAt = Date.now() + state.remaining
    setState({ status: 'running', endsAt, minutes: state.minutes })
    startTicking(endsAt, state.minutes)
  }

  function handleStop() {
    stopTicking()
    setState({ status: 'idle' })
    setAnnouncement('')
  }

  const remaining =
    state.status === 'running' ? state.endsAt - now : state.status === 'paused' ? state.remaining : null

  return (
    <div ref={box} className={full ? 'timer timer-full' : 'timer'}>
      {remaining === null && announcement ? (
        <p className="timer-done" aria-hidden="true">
          Time is up
        </p>
      ) : null}
      {remaining === null ? (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => handleStart(1)}>
            Start 1-minute timer
          </button>
          <button type="button" className="button button-secondary" onClick={() => handleStart(2)}>
            Start 2-minute timer
          </button>
        </div>
      ) : (
        <>
          <p className="timer-display" role="timer" aria-label="Time left">
            {formatRemaining(remaining)}
          </p>
          {state.status === 'paused' ? <p className="result-small">Paused</p> : null}
          <div className="actions">
            {state.status === 'running' ? (
              <button type="button" className="button button-secondary" onClick={handlePause}>
                Pause
              </button>
            ) : (
              <button type="button" className="button button-secondary" onClick={handleResume}>
                Resume
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={handleStop}>
              Stop
            </button>
          </div>
        </>
      )}
      <button type="button" className="button button-link" onClick={handleFullScreen}>
        {full ? 'Leave full screen' : 'Full screen'}
      </button>
      <p className="timer-announcement" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
