import { create } from 'zustand'
import { SCREENING_ITEMS, type QuizAnswers, type ScreeningItem } from '../engine'
import { EMPTY, loadSaved, onSavedElsewhere, updateSaved, type NotedSign, type Saved } from './saved-progress'

/**
 * The one home of what is known about the person: the quiz's answers and the safety state (the
 * safety check, and the warning signs noted at check-ins since). Everything the app says about
 * them is derived from this (src/person), never stored beside it.
 */
export interface QuizState extends Saved {
  /** A one-off message about saved progress (never saved itself). */
  notice: string | null
  setAnswer: <K extends keyof QuizAnswers>(id: K, value: QuizAnswers[K]) => void
  /** Ticks or unticks one box on the safety check (a draft: `screening` changes only on moving on). */
  setTicked: (item: ScreeningItem, on: boolean) => void
  /** Finishes the safety check with these items; the ticks follow, and it supersedes signs noted before. */
  setScreening: (items: readonly ScreeningItem[]) => void
  /** Warning signs noted at a check-in on a day: part of the safety state from now on. */
  noteSigns: (items: readonly ScreeningItem[], day: string) => void
  /** Takes the answers of a shared link as this person's own, and asks for a fresh safety check. */
  adoptAnswers: (answers: QuizAnswers) => void
  dismissNotice: () => void
  reset: () => void
}

const saved = (s: QuizState): Saved => ({
  answers: s.answers,
  screening: s.screening,
  ticked: s.ticked,
  noted: s.noted,
})

export const useQuizStore = create<QuizState>()((set, get) => {
  // Every change is made to what is stored now, so a change made in another tab is kept.
  const change = (how: (s: Saved) => Saved) => set(updateSaved(saved(get()), how))
  return {
    ...(loadSaved() ?? { ...EMPTY, notice: null }),
    setAnswer: (id, value) => change((s) => ({ ...s, answers: { ...s.answers, [id]: value } })),
    setTicked: (item, on) =>
      change((s) => ({
        ...s,
        // Table order, whatever order the boxes were ticked in.
        ticked: SCREENING_ITEMS.filter((i) => (i === item ? on : s.ticked.includes(i))),
      })),
    setScreening: (items) => {
      const unique = [...new Set(items)]
      change((s) => ({ ...s, screening: unique, ticked: unique, noted: [] }))
    },
    noteSigns: (items, day) =>
      change((s) => {
        const known = new Set([...(s.screening ?? []), ...s.noted.map((n) => n.item)])
        const fresh: NotedSign[] = [...new Set(items)]
          .filter((i) => !known.has(i))
          .map((item) => ({ item, day }))
        return { ...s, noted: [...s.noted, ...fresh] }
      }),
    adoptAnswers: (answers) => change(() => ({ ...EMPTY, answers: { ...answers } })),
    dismissNotice: () => set({ notice: null }),
    reset: () => change(() => EMPTY),
  }
})

/** Reads saved progress again, as a reload would (tests; storage that cannot be read starts empty). */
export function reloadSaved() {
  useQuizStore.setState(loadSaved() ?? { ...EMPTY, notice: null })
}

// Another tab's change shows here at once: the same person, the same truth. A notice about
// damaged data stays until dismissed; storage that cannot be read changes nothing here.
if (typeof window !== 'undefined') {
  onSavedElsewhere(() => {
    const stored = loadSaved()
    if (stored) useQuizStore.setState({ ...stored, notice: stored.notice ?? useQuizStore.getState().notice })
  })
}
