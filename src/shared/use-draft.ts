import { useEffect, useState } from 'react'
import { holdUpdate } from '../state/update-offer'

type Update<T> = T | ((previous: T) => T)

/** What is kept under a draft's key (unknown data), or null. */
export function keptDraft(key: string): unknown {
  try {
    const text = localStorage.getItem(key)
    return text === null ? null : JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * A form's input, kept in localStorage under `key` as it changes, so a reload (an update, the
 * person's own), a closed tab or a phone that ends a tab in the background does not lose it:
 * when the form opens again it starts from what was kept. `read` checks what was kept (it is
 * unknown data, and may be a different version's) and returns null to start from `initial()`.
 * Returns the value, its setter, and `clear`, for when the form is saved or cancelled.
 * While the form holds input it has not saved, the app does not offer a new version
 * (src/state/update-offer.ts): the reload would be the person's tap, but not a moment to ask.
 */
export function useDraft<T>(
  key: string,
  read: (kept: unknown) => T | null,
  initial: () => T,
): [T, (update: Update<T>) => void, () => void] {
  const [draft, setDraft] = useState<{ value: T; unsaved: boolean }>(() => {
    const kept = read(keptDraft(key))
    return kept === null ? { value: initial(), unsaved: false } : { value: kept, unsaved: true }
  })

  // Keeping the input in storage, and holding back the update offer, keep something outside React
  // in step with the form: effects, not handlers.
  useEffect(() => {
    if (!draft.unsaved) return
    try {
      localStorage.setItem(key, JSON.stringify(draft.value))
    } catch {
      // No room, or storage blocked: the draft lives in the page only, as before.
    }
  }, [key, draft])
  useEffect(() => (draft.unsaved ? holdUpdate() : undefined), [draft.unsaved])

  function update(next: Update<T>) {
    setDraft((d) => ({ value: next instanceof Function ? next(d.value) : next, unsaved: true }))
  }

  function clear() {
    try {
      localStorage.removeItem(key)
    } catch {
      // Nothing could be kept either.
    }
    setDraft((d) => ({ ...d, unsaved: false }))
  }

  return [draft.value, update, clear]
}
