import { create } from 'zustand'
import {
  ANSWER_FIELDS,
  isScreeningItem,
  noMassageItems,
  parseAnswers,
  parsePartialAnswers,
  SCREENING_ITEMS,
  URGENT_ITEMS,
  type QuizAnswers,
  type ScreeningItem,
} from '../engine'
import { SAVE_KEY } from './save-key'

export { SAVE_KEY }

/** Bump when the saved shape changes, and teach `migrate` the old one. */
export const SAVE_VERSION = 1
export const CORRUPT_NOTICE = "We couldn't read your saved answers, so we started fresh."
export const PARTLY_CORRUPT_NOTICE =
  "Some of your saved answers couldn't be read, so please check them again."

interface Saved {
  answers: Partial<QuizAnswers>
  /** null until the safety check is done; [] when nothing applies. */
  screening: ScreeningItem[] | null
  /** The boxes ticked on the safety check so far, kept as they are made so a reload keeps them. */
  ticked: ScreeningItem[]
}

export interface QuizState extends Saved {
  /** A one-off message about saved progress (never saved itself). */
  notice: string | null
  setAnswer: <K extends keyof QuizAnswers>(id: K, value: QuizAnswers[K]) => void
  /** Ticks or unticks one box on the safety check (a draft: `screening` changes only on moving on). */
  setTicked: (item: ScreeningItem, on: boolean) => void
  /** Finishes the safety check with these items; the ticks follow. */
  setScreening: (items: readonly ScreeningItem[]) => void
  /** Takes the answers of a shared link as this person's own, and asks for a fresh safety check. */
  adoptAnswers: (answers: QuizAnswers) => void
  dismissNotice: () => void
  reset: () => void
}

const EMPTY: Saved = { answers: {}, screening: null, ticked: [] }

/**
 * The saved record: `{ state: { answers, screening, ticked }, version }`, the format zustand's
 * persist middleware wrote (kept so earlier saves still open). Hand-written instead of that
 * middleware: 1.5 KB less JavaScript on the first tap, and it can drop the record when nothing
 * is left, so the first-paint script knows a returning visitor from a first-time one.
 * localStorage never throws here: private modes and full disks must not break the quiz.
 */
function loadSaved(): Saved & { notice: string | null } {
  let raw: string | null
  try {
    raw = localStorage.getItem(SAVE_KEY)
  } catch {
    return readSaved(null)
  }
  if (raw === null) return readSaved(null)
  let record: unknown
  try {
    record = JSON.parse(raw)
  } catch {
    return readSaved({ unreadable: true })
  }
  // Every version, older or newer, goes through readSaved, which keeps what is valid.
  return readSaved(
    typeof record === 'object' && record !== null ? (record as { state?: unknown }).state : null,
  )
}

function save({ answers, screening, ticked }: Saved) {
  try {
    if (hasProgress(answers, screening, ticked)) {
      const state: Saved = { answers, screening, ticked }
      localStorage.setItem(SAVE_KEY, JSON.stringify({ state, version: SAVE_VERSION }))
    } else {
      localStorage.removeItem(SAVE_KEY)
    }
  } catch {
    // Storage full or blocked: the quiz still works for this visit.
  }
}

/** Reads saved progress of any version or state of repair; keeps every valid answer. */
export function readSaved(persisted: unknown): Saved & { notice: string | null } {
  if (persisted === undefined || persisted === null) return { ...EMPTY, notice: null }
  if (typeof persisted !== 'object' || 'unreadable' in persisted) return { ...EMPTY, notice: CORRUPT_NOTICE }
  const record = persisted as Record<string, unknown>
  // An object of some other shape (another app's data, a future format) holds nothing we can keep.
  if (!('answers' in record) && !('screening' in record) && !('ticked' in record)) {
    return { ...EMPTY, notice: Object.keys(record).length > 0 ? CORRUPT_NOTICE : null }
  }
  const { value, errors } = parsePartialAnswers(record.answers ?? {})
  const rawScreening = record.screening
  const screeningOk =
    rawScreening === null ||
    rawScreening === undefined ||
    (Array.isArray(rawScreening) && rawScreening.every(isScreeningItem))
  const screening =
    screeningOk && Array.isArray(rawScreening) ? [...new Set(rawScreening as ScreeningItem[])] : null
  const rawTicked = record.ticked
  const tickedOk = rawTicked === undefined || (Array.isArray(rawTicked) && rawTicked.every(isScreeningItem))
  // Saves from before the draft existed (or a damaged draft) show the finished check's ticks.
  const ticked =
    tickedOk && Array.isArray(rawTicked) ? [...new Set(rawTicked as ScreeningItem[])] : [...(screening ?? [])]
  const damaged = errors.length > 0 || !screeningOk || !tickedOk
  const nothingKept = Object.keys(value).length === 0 && screening === null && ticked.length === 0
  return {
    answers: value,
    screening,
    ticked,
    notice: damaged ? (nothingKept ? CORRUPT_NOTICE : PARTLY_CORRUPT_NOTICE) : null,
  }
}

export const useQuizStore = create<QuizState>()((set) => ({
  ...loadSaved(),
  setAnswer: (id, value) => set((s) => ({ answers: { ...s.answers, [id]: value } })),
  setTicked: (item, on) =>
    set((s) => ({
      // Table order, whatever order the boxes were ticked in.
      ticked: SCREENING_ITEMS.filter((i) => (i === item ? on : s.ticked.includes(i))),
    })),
  setScreening: (items) => {
    const unique = [...new Set(items)]
    set({ screening: unique, ticked: unique })
  },
  adoptAnswers: (answers) => set({ answers: { ...answers }, screening: null, ticked: [] }),
  dismissNotice: () => set({ notice: null }),
  reset: () => set({ ...EMPTY, notice: null }),
}))

// Every change to what is saved is written at once (the notice is never saved).
useQuizStore.subscribe((now, before) => {
  if (now.answers !== before.answers || now.screening !== before.screening || now.ticked !== before.ticked) {
    save(now)
  }
})

/** Reads saved progress again, as a reload would (for tests, and for a save made in another tab). */
export function reloadSaved() {
  useQuizStore.setState(loadSaved())
}

/** Where a person picks up: the safety check, the stop, a question (0-based index), or the result. */
export type Step =
  | { kind: 'check' }
  | { kind: 'stop' }
  | { kind: 'question'; index: number }
  | { kind: 'no-massage' }
  | { kind: 'result'; answers: QuizAnswers }

const URGENT = new Set(URGENT_ITEMS)

/** True when a ticked item means: get medical help now, no massage questions. */
export function hasUrgentItem(screening: readonly ScreeningItem[] | null): boolean {
  return screening !== null && screening.some((item) => URGENT.has(item))
}

/** Index of the first question with no answer, or -1 when all are answered. */
export function firstUnansweredIndex(answers: Partial<QuizAnswers>): number {
  return ANSWER_FIELDS.findIndex((field) => answers[field] === undefined)
}

/** True when there is anything saved to continue from (a tick on the unfinished check counts). */
export function hasProgress(
  answers: Partial<QuizAnswers>,
  screening: ScreeningItem[] | null,
  ticked: readonly ScreeningItem[],
): boolean {
  return screening !== null || ticked.length > 0 || Object.keys(answers).length > 0
}

/** The first step not yet done: the safety check comes first, an urgent sign stops the quiz. */
export function nextStep(answers: Partial<QuizAnswers>, screening: ScreeningItem[] | null): Step {
  if (screening === null) return { kind: 'check' }
  if (hasUrgentItem(screening)) return { kind: 'stop' }
  // Every type ruled out: no questions, the safety outcome on its own screen.
  if (noMassageItems(screening).length > 0) return { kind: 'no-massage' }
  const index = firstUnansweredIndex(answers)
  if (index >= 0) return { kind: 'question', index }
  const parsed = parseAnswers(answers)
  return parsed.ok ? { kind: 'result', answers: parsed.value } : { kind: 'question', index: 0 }
}
