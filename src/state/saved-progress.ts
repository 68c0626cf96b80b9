// The person's saved progress in localStorage: reading it back whatever state it is in, and
// writing each change against what is stored now, so two tabs never undo each other's answers.
// No React here; the store (quiz-store.ts) holds the state and calls these.
import { isScreeningItem, parsePartialAnswers, type QuizAnswers, type ScreeningItem } from '../engine'
import { SAVE_KEY } from './save-key'

export { SAVE_KEY }

/** Bump when the saved shape changes, and teach `readSaved` the old one. */
export const SAVE_VERSION = 1
export const CORRUPT_NOTICE = "We couldn't read your saved answers, so we started fresh."
export const PARTLY_CORRUPT_NOTICE =
  "Some of your saved answers couldn't be read, so please check them again."

/** A warning sign noted at a journal check-in, with the day it was noted (YYYY-MM-DD). */
export interface NotedSign {
  item: ScreeningItem
  day: string
}

/** What is saved about the person: the quiz's answers and the safety state. */
export interface Saved {
  answers: Partial<QuizAnswers>
  /** null until the safety check is done; [] when nothing applies. */
  screening: ScreeningItem[] | null
  /** The boxes ticked on the safety check so far, kept as they are made so a reload keeps them. */
  ticked: ScreeningItem[]
  /**
   * Warning signs noted at check-ins since the safety check was last done, in the order noted:
   * part of the safety state, as if ticked in the check, until the check is done again. An
   * optional field of version 1, so a save without it (or an earlier app reading this one) still opens.
   */
  noted: NotedSign[]
}

export const EMPTY: Saved = { answers: {}, screening: null, ticked: [], noted: [] }

const DAY = /^\d{4}-\d{2}-\d{2}$/

function readNoted(value: unknown): { noted: NotedSign[]; ok: boolean } {
  if (value === undefined) return { noted: [], ok: true }
  if (!Array.isArray(value)) return { noted: [], ok: false }
  const noted: NotedSign[] = []
  for (const sign of value as unknown[]) {
    const { item, day } = (typeof sign === 'object' && sign !== null ? sign : {}) as Record<string, unknown>
    if (isScreeningItem(item) && typeof day === 'string' && DAY.test(day)) {
      if (!noted.some((n) => n.item === item)) noted.push({ item, day })
    }
  }
  return { noted, ok: noted.length === value.length }
}

function uniqueItems(value: unknown): { items: ScreeningItem[] | null; ok: boolean } {
  if (value === undefined || value === null) return { items: null, ok: true }
  if (!Array.isArray(value) || !value.every(isScreeningItem)) return { items: null, ok: false }
  return { items: [...new Set(value)], ok: true }
}

/** Reads saved progress of any version or state of repair; keeps every valid answer and sign. */
export function readSaved(persisted: unknown): Saved & { notice: string | null } {
  if (persisted === undefined || persisted === null) return { ...EMPTY, notice: null }
  if (typeof persisted !== 'object' || 'unreadable' in persisted) return { ...EMPTY, notice: CORRUPT_NOTICE }
  const record = persisted as Record<string, unknown>
  // An object of some other shape (another app's data, a future format) holds nothing we can keep.
  if (!('answers' in record) && !('screening' in record) && !('ticked' in record) && !('noted' in record)) {
    return { ...EMPTY, notice: Object.keys(record).length > 0 ? CORRUPT_NOTICE : null }
  }
  const { value, errors } = parsePartialAnswers(record.answers ?? {})
  const screening = uniqueItems(record.screening)
  const rawTicked = uniqueItems(record.ticked)
  // Saves from before the draft existed (or a damaged draft) show the finished check's ticks.
  const ticked =
    record.ticked === undefined || !rawTicked.ok ? [...(screening.items ?? [])] : rawTicked.items!
  const noted = readNoted(record.noted)
  const damaged = errors.length > 0 || !screening.ok || !rawTicked.ok || !noted.ok
  const nothingKept =
    Object.keys(value).length === 0 &&
    screening.items === null &&
    ticked.length === 0 &&
    noted.noted.length === 0
  return {
    answers: value,
    screening: screening.items,
    ticked,
    noted: noted.noted,
    notice: damaged ? (nothingKept ? CORRUPT_NOTICE : PARTLY_CORRUPT_NOTICE) : null,
  }
}

/**
 * The saved record now, or null when storage cannot be read (private mode, blocked). The record
 * is `{ state, version }`, the format zustand's persist middleware wrote, kept so earlier saves
 * still open.
 */
export function loadSaved(): (Saved & { notice: string | null }) | null {
  let raw: string | null
  try {
    raw = localStorage.getItem(SAVE_KEY)
  } catch {
    return null
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

/** True when there is anything saved to continue from (a tick on the unfinished check counts). */
export function hasProgress({ answers, screening, ticked, noted }: Saved): boolean {
  return screening !== null || ticked.length > 0 || noted.length > 0 || Object.keys(answers).length > 0
}

/**
 * False once a write has failed (a full disk, a private mode that reads but will not write): what
 * is stored is then older than what this page holds, so changes build on the page's own state
 * until a write succeeds again.
 */
let storedIsCurrent = true

/**
 * Writes the record, or removes it when nothing is left to keep, so the first-paint script knows
 * a returning visitor from a first-time one. Never throws: private modes and full disks must not
 * break the quiz. False when it could not be written.
 */
export function writeSaved(saved: Saved): boolean {
  storedIsCurrent = write(saved)
  return storedIsCurrent
}

function write(saved: Saved): boolean {
  try {
    if (hasProgress(saved)) {
      const state: Saved = {
        answers: saved.answers,
        screening: saved.screening,
        ticked: saved.ticked,
        noted: saved.noted,
      }
      localStorage.setItem(SAVE_KEY, JSON.stringify({ state, version: SAVE_VERSION }))
    } else {
      localStorage.removeItem(SAVE_KEY)
    }
    return true
  } catch {
    return false
  }
}

/**
 * Applies one change to what is stored now (another tab may have saved since this one read it),
 * writes it back, and returns the result; `current` stands in when storage cannot be read, or
 * when this page's last write failed.
 */
export function updateSaved(current: Saved, change: (saved: Saved) => Saved): Saved {
  const stored = storedIsCurrent ? loadSaved() : null
  const next = change(stored ?? current)
  writeSaved(next)
  return next
}

/** Calls back when another tab changes (or clears) the saved progress. */
export function onSavedElsewhere(callback: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === SAVE_KEY || event.key === null) callback()
  }
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}
