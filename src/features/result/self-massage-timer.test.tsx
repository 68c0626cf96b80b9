import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { formatRemaining, SelfMassageTimer } from './self-massage-timer'

beforeEach(() => {
  // Only the clock and intervals are fake: user-event and React Testing Library wait on real timeouts.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
})

afterEach(() => {
  vi.useRealTimers()
})

function setup() {
  const user = userEvent.setup()
  render(<SelfMassageTimer />)
  return { user }
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

test.each([
  { ms: 120_000, text: '2:00' },
  { ms: 59_001, text: '1:00' },
  { ms: 59_000, text: '0:59' },
  { ms: 1, text: '0:01' },
  { ms: 0, text: '0:00' },
  { ms: -5, text: '0:00' },
])('formatRemaining($ms) reads $text', ({ ms, text }) => {
  expect(formatRemaining(ms)).toBe(text)
})

test('a 1-minute timer counts down and announces the end politely', async () => {
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
  expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('1:00')
  advance(15_000)
  expect(screen.getByRole('timer')).toHaveTextContent('0:45')
  expect(screen.queryByText(/Time is up/)).not.toBeInTheDocument()
  advance(45_000)
  const end = screen.getByText('Time is up: 1 minute done.')
  expect(end).toHaveAttribute('aria-live', 'polite')
  expect(screen.queryByRole('timer')).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Start 2-minute timer' })).toBeInTheDocument()
})

test('the timer keeps real time when ticks are delayed, as in a background tab', async () => {
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 2-minute timer' }))
  // A throttled tab runs no ticks for a while; the clock moves on regardless.
  act(() => {
    vi.setSystemTime(Date.now() + 90_000)
  })
  advance(250)
  expect(screen.getByRole('timer')).toHaveTextContent('0:30')
})

test('pause holds the time and resume carries on from it', async () => {
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 2-minute timer' }))
  advance(30_000)
  await user.click(screen.getByRole('button', { name: 'Pause' }))
  expect(screen.getByRole('timer')).toHaveTextContent('1:30')
  advance(60_000)
  expect(screen.getByRole('timer')).toHaveTextContent('1:30')
  expect(screen.getByText('Paused')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Resume' }))
  advance(30_000)
  expect(screen.getByRole('timer')).toHaveTextContent('1:00')
  advance(60_000)
  expect(screen.getByText('Time is up: 2 minutes done.')).toBeInTheDocument()
})

test('stop ends the timer without announcing an end', async () => {
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
  advance(10_000)
  await user.click(screen.getByRole('button', { name: 'Stop' }))
  expect(screen.queryByRole('timer')).not.toBeInTheDocument()
  advance(60_000)
  expect(screen.queryByText(/Time is up/)).not.toBeInTheDocument()
})

test('the end buzzes twice where the phone can vibrate', async () => {
  const vibrate = vi.fn().mockReturnValue(true)
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true, writable: true })
  try {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
    advance(59_000)
    expect(vibrate).not.toHaveBeenCalled()
    advance(1_000)
    expect(vibrate).toHaveBeenCalledExactlyOnceWith([200, 100, 200])
    expect(screen.getByText('Time is up: 1 minute done.')).toBeInTheDocument()
  } finally {
    delete (navigator as unknown as Record<string, unknown>).vibrate
  }
})

test('without vibration the end is still shown and announced, with no error', async () => {
  expect('vibrate' in navigator).toBe(false)
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
  advance(60_000)
  expect(screen.getByText('Time is up: 1 minute done.')).toBeInTheDocument()
})

test('a browser that throws on vibrate still announces the end', async () => {
  const vibrate = vi.fn(() => {
    throw new DOMException('Blocked', 'NotAllowedError')
  })
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true, writable: true })
  try {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
    advance(60_000)
    expect(vibrate).toHaveBeenCalledTimes(1)
    expect(screen.getByText('Time is up: 1 minute done.')).toBeInTheDocument()
  } finally {
    delete (navigator as unknown as Record<string, unknown>).vibrate
  }
})

test('while it runs the screen is kept awake, and let go when it stops', async () => {
  const release = vi.fn(() => Promise.resolve())
  const request = vi.fn(() => Promise.resolve({ release, addEventListener: vi.fn() }))
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
  try {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start 2-minute timer' }))
    await vi.waitFor(() => expect(request).toHaveBeenCalledWith('screen'))
    await user.click(screen.getByRole('button', { name: 'Stop' }))
    await vi.waitFor(() => expect(release).toHaveBeenCalledTimes(1))
  } finally {
    Reflect.deleteProperty(navigator, 'wakeLock')
  }
})

test('the end chimes (sound made in the browser, allowed by the tap that started it) and buzzes', async () => {
  const started: number[] = []
  const node = () => ({
    connect: (next: unknown) => next,
    frequency: { value: 0 },
    gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
    start: (at: number) => started.push(at),
    stop: vi.fn(),
  })
  const contexts: unknown[] = []
  class FakeAudioContext {
    currentTime = 0
    destination = {}
    constructor() {
      contexts.push(this)
    }
    resume = () => Promise.resolve()
    close = () => Promise.resolve()
    createOscillator = node
    createGain = node
  }
  vi.stubGlobal('AudioContext', FakeAudioContext)
  const vibrate = vi.fn(() => true)
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true })
  try {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
    expect(contexts).toHaveLength(1)
    expect(started).toEqual([])
    advance(60_000)
    expect(started).toHaveLength(3)
    expect(vibrate).toHaveBeenCalled()
    expect(screen.getByText('Time is up')).toBeVisible()
  } finally {
    vi.unstubAllGlobals()
    Reflect.deleteProperty(navigator, 'vibrate')
  }
})

test('focus stays on the timer: Start hands it to Pause, Stop to the Start just used, and the end likewise', async () => {
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 2-minute timer' }))
  expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(screen.getByRole('button', { name: 'Resume' })).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus()
  await user.click(screen.getByRole('button', { name: 'Stop' }))
  expect(screen.getByRole('button', { name: 'Start 2-minute timer' })).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus()
  advance(120_000)
  expect(screen.getByRole('button', { name: 'Start 2-minute timer' })).toHaveFocus()
})

test('the end does not take focus from outside the timer', async () => {
  const user = userEvent.setup()
  render(
    <>
      <SelfMassageTimer />
      <a href="#elsewhere">Elsewhere</a>
    </>,
  )
  await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
  screen.getByRole('link', { name: 'Elsewhere' }).focus()
  advance(60_000)
  expect(screen.getByRole('link', { name: 'Elsewhere' })).toHaveFocus()
})

test('"Time is up" is shown once and read once: the large words are hidden from screen readers, the announcement from sight', async () => {
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
  advance(60_000)
  const said = screen.getAllByText(/time is up/i)
  expect(said).toHaveLength(2)
  const [shown, read] = said as [HTMLElement, HTMLElement]
  expect(shown).toHaveTextContent(/^Time is up$/)
  expect(shown).toHaveAttribute('aria-hidden', 'true')
  expect(read).toHaveTextContent('Time is up: 1 minute done.')
  expect(read).toHaveClass('visually-hidden')
})

test('Start fills the screen and asks the browser for full screen; Stop leaves both', async () => {
  // The browser's state: the element shown full screen, last in the list; none once exited.
  const shown: (Element | null)[] = []
  const request = vi.fn(function (this: Element) {
    shown.push(this)
    return Promise.resolve()
  })
  const exit = vi.fn(() => {
    shown.push(null)
    document.dispatchEvent(new Event('fullscreenchange'))
    return Promise.resolve()
  })
  Object.defineProperty(document, 'fullscreenElement', {
    get: () => shown.at(-1) ?? null,
    configurable: true,
  })
  Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', { value: request, configurable: true })
  Object.defineProperty(document, 'exitFullscreen', { value: exit, configurable: true })
  try {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
    const timer = screen.getByRole('timer').closest('.timer')
    expect(request).toHaveBeenCalledTimes(1)
    expect(document.fullscreenElement).toBe(timer)
    expect(timer).toHaveClass('timer-full')
    expect(screen.getByRole('button', { name: 'Leave full screen' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Stop' }))
    expect(exit).toHaveBeenCalledTimes(1)
    expect(timer).not.toHaveClass('timer-full')
    expect(screen.getByRole('button', { name: 'Start 1-minute timer' })).toHaveFocus()
  } finally {
    Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen')
    Reflect.deleteProperty(document, 'exitFullscreen')
    Reflect.deleteProperty(document, 'fullscreenElement')
  }
})

test('where the browser refuses full screen, Start still covers the page and the timer runs', async () => {
  const request = vi.fn(() => Promise.reject(new TypeError('Permissions check failed')))
  Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', { value: request, configurable: true })
  try {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
    expect(request).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('timer').closest('.timer')).toHaveClass('timer-full')
    advance(30_000)
    expect(screen.getByRole('timer')).toHaveTextContent('0:30')
    // The refusal leaves the page-covering view, with its own way out.
    await user.click(screen.getByRole('button', { name: 'Leave full screen' }))
    expect(screen.getByRole('timer').closest('.timer')).not.toHaveClass('timer-full')
  } finally {
    Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen')
  }
})

test('an iPhone, which has no full screen for a page, covers the page on Start all the same', async () => {
  expect('requestFullscreen' in HTMLElement.prototype).toBe(false)
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Start 1-minute timer' }))
  expect(screen.getByRole('timer').closest('.timer')).toHaveClass('timer-full')
  await user.keyboard('{Escape}')
  expect(screen.getByRole('timer').closest('.timer')).not.toHaveClass('timer-full')
})

test('the timer can fill the screen and leave it again, by its button or Escape', async () => {
  const { user } = setup()
  await user.click(screen.getByRole('button', { name: 'Full screen' }))
  const leave = screen.getByRole('button', { name: 'Leave full screen' })
  expect(leave.closest('.timer')).toHaveClass('timer-full')
  await user.click(leave)
  expect(screen.getByRole('button', { name: 'Full screen' }).closest('.timer')).not.toHaveClass('timer-full')
  await user.click(screen.getByRole('button', { name: 'Full screen' }))
  await user.keyboard('{Escape}')
  expect(screen.getByRole('button', { name: 'Full screen' })).toBeInTheDocument()
})
