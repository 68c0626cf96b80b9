import { useEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { buzz, createChime } from './timer-signals'
import { useCountdown } from './use-countdown'
import { useFullScreen } from './use-full-screen'

const TIMER_MINUTES = [1, 2] as const

function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

/** m:ss, rounding up so the display reads 0:00 only when the time is really up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * A 1- or 2-minute timer for foam rolling. For someone on the floor: Start fills the screen with
 * large digits, the screen stays awake while it runs, and it ends with a chime, a buzz where the
 * phone can vibrate, a large "Time is up" and the same words announced once to screen readers.
 * The buttons change as it runs, so focus is handed on to the new ones, never dropped to the page.
 */
export function SelfMassageTimer() {
  const box = useRef<HTMLDivElement>(null)
  const focus = useHandOn(box)
  const [last, setLast] = useState<{ minutes: number; isUp: boolean }>({ minutes: 1, isUp: false })
  const [chime] = useState(createChime)
  const screen = useFullScreen(box)
  const countdown = useCountdown((minutes) => {
    focus.ifLost(() => setLast({ minutes, isUp: true }))
    chime.chime()
    buzz()
  })

  useEffect(() => () => chime.close(), [chime])

  function handleStart(minutes: number) {
    // In the tap itself: phones allow sound and full screen only from something a person did.
    chime.prepare()
    screen.enter()
    focus.after(() => {
      setLast({ minutes, isUp: false })
      countdown.start(minutes)
    })
  }

  function handleStop() {
    screen.leave()
    focus.after(countdown.stop)
  }

  const { remaining, state } = countdown
  return (
    <div ref={box} className={screen.full ? 'timer timer-full' : 'timer'}>
      <TimeIsUp minutes={remaining === null && last.isUp ? last.minutes : null} />
      {remaining === null ? (
        <StartButtons next={focus.next} last={last.minutes} onStart={handleStart} />
      ) : (
        <Running
          remaining={remaining}
          isPaused={state.status === 'paused'}
          next={focus.next}
          onPause={() => focus.after(countdown.pause)}
          onResume={() => focus.after(countdown.resume)}
          onStop={handleStop}
        />
      )}
      <button
        type="button"
        className="button button-link"
        onClick={screen.full ? screen.leave : screen.enter}
      >
        {screen.full ? 'Leave full screen' : 'Full screen'}
      </button>
    </div>
  )
}

/**
 * Focus for controls that replace one another (Start, then Pause and Stop, then Start): `next`
 * marks the control that takes over. `after` makes a change at once and moves focus there, for a
 * tap on the timer; `ifLost` only when focus was on a control the change removed, so the end of
 * the time never takes focus from elsewhere on the page.
 */
function useHandOn(box: RefObject<HTMLElement | null>) {
  const next = useRef<HTMLButtonElement>(null)
  const holds = () => box.current?.contains(document.activeElement) ?? false
  return {
    next,
    after(change: () => void) {
      flushSync(change)
      next.current?.focus()
    },
    ifLost(change: () => void) {
      const held = holds()
      flushSync(change)
      if (held && !holds()) next.current?.focus()
    },
  }
}

/**
 * The end, seen once and heard once: large words for the eye (hidden from screen readers) and the
 * sentence for screen readers (hidden from the eye), in a live region that is there before it.
 */
function TimeIsUp({ minutes }: { minutes: number | null }) {
  return (
    <>
      {minutes === null ? null : (
        <p className="timer-done" aria-hidden="true">
          Time is up
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {minutes === null ? '' : `Time is up: ${minutesText(minutes)} done.`}
      </p>
    </>
  )
}

interface StartButtonsProps {
  next: RefObject<HTMLButtonElement | null>
  /** The last run's minutes: its button takes focus when a run ends. */
  last: number
  onStart: (minutes: number) => void
}

function StartButtons({ next, last, onStart }: StartButtonsProps) {
  return (
    <div className="actions">
      {TIMER_MINUTES.map((minutes) => (
        <button
          key={minutes}
          ref={minutes === last ? next : undefined}
          type="button"
          className="button button-secondary"
          onClick={() => onStart(minutes)}
        >
          Start {minutes}-minute timer
        </button>
      ))}
    </div>
  )
}

interface RunningProps {
  remaining: number
  isPaused: boolean
  next: RefObject<HTMLButtonElement | null>
  onPause: () => void
  onResume: () => void
  onStop: () => void
}

function Running({ remaining, isPaused, next, onPause, onResume, onStop }: RunningProps) {
  return (
    <>
      <p className="timer-display" role="timer" aria-label="Time left">
        {formatRemaining(remaining)}
      </p>
      {isPaused ? <p className="result-small">Paused</p> : null}
      <div className="actions">
        <button
          ref={next}
          type="button"
          className="button button-secondary"
          onClick={isPaused ? onResume : onPause}
        >
          {isPaused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="button button-secondary" onClick={onStop}>
          Stop
        </button>
      </div>
    </>
  )
}
