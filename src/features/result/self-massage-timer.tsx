import { useEffect, useRef, useState } from 'react'

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

/** A short double buzz where the phone supports it (not iOS Safari): the screen may be out of sight while rolling. */
function buzz() {
  try {
    navigator.vibrate?.([200, 100, 200])
  } catch {
    // A browser that refuses to vibrate still shows and announces the end.
  }
}

/**
 * A 1- or 2-minute timer for foam rolling. Time comes from a start timestamp, not from
 * counting ticks, so it stays right when the phone throttles a background tab. No sound: the
 * end is shown, announced politely, and felt as a buzz where the phone can vibrate.
 */
export function SelfMassageTimer() {
  const [state, setState] = useState<TimerState>({ status: 'idle' })
  const [now, setNow] = useState(0)
  const [announcement, setAnnouncement] = useState('')
  const interval = useRef<number | null>(null)

  function stopTicking() {
    if (interval.current !== null) window.clearInterval(interval.current)
    interval.current = null
  }

  // Only cleanup: a timer must not outlive the screen.
  useEffect(() => stopTicking, [])

  function startTicking(endsAt: number, minutes: number) {
    stopTicking()
    setNow(Date.now())
    interval.current = window.setInterval(() => {
      const t = Date.now()
      setNow(t)
      if (t >= endsAt) {
        stopTicking()
        setState({ status: 'idle' })
        setAnnouncement(`Time is up: ${minutesText(minutes)} done.`)
        buzz()
      }
    }, 250)
  }

  function handleStart(minutes: number) {
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
    <div className="timer">
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
      <p className="timer-announcement" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
