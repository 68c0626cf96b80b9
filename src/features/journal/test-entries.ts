import type { CheckIn, CheckInKind } from './journal-data'

let counter = 0

/** A check-in for tests: pain, then enjoyment and activity (default: the same as pain). */
export function checkIn(date: string, kind: CheckInKind, pain: number, more: Partial<CheckIn> = {}): CheckIn {
  counter++
  return {
    id: `c${counter}`,
    date,
    created: counter,
    kind,
    pain,
    enjoyment: pain,
    activity: pain,
    type: kind === 'session' ? 'swedish' : null,
    pressure: null,
    feeling: null,
    note: '',
    signs: [],
    ...more,
  }
}

/**
 * A journal from a list of [kind, pain]: one check-in a week from 1 June 2026, the other two PEG
 * answers held at 5, so the pain thresholds decide.
 */
export function weekly(rows: readonly (readonly [CheckInKind, number])[]): CheckIn[] {
  return rows.map(([kind, pain], i) => {
    const day = new Date(Date.UTC(2026, 5, 1 + 7 * i)).toISOString().slice(0, 10)
    return checkIn(day, kind, pain, { enjoyment: 5, activity: 5 })
  })
}
