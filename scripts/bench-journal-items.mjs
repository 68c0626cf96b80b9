// The journal both benchmarks open (bench:journal and bench:taps), as the app keeps it
// (src/features/journal/journal-storage.ts): the plan in a meta record, each check-in under its own
// key. Written so, a benchmark measures opening, not the one-time move from the single record of before.

const META_KEY = 'massage-match-journal-meta'
const recordKey = (id) => `massage-match-journal/check-in/${id}`

/**
 * `count` check-ins, one every other day from 1 Jan 2025: a starting point, then sessions and other
 * days, a short note on one in five; as [key, value] pairs for localStorage.
 * @param {number} count
 * @returns {[string, string][]}
 */
export function journalItems(count) {
  const entries = Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2025, 0, 1 + 2 * Math.floor(i / 2))).toISOString().slice(0, 10)
    const pain = 3 + ((i * 7) % 6)
    return {
      id: `bench-${i}`,
      date,
      created: i,
      kind: i === 0 ? 'before' : i % 3 === 0 ? 'session' : 'other',
      pain,
      enjoyment: Math.min(10, pain + 1),
      activity: Math.max(0, pain - 1),
      type: i % 3 === 0 ? 'swedish' : null,
      pressure: i % 3 === 0 ? 'medium' : null,
      feeling: i % 3 === 0 ? 'good' : null,
      note: i % 5 === 0 ? `Note ${i}: a walk, then some stretching.` : '',
      signs: [],
    }
  })
  const plan = { type: 'swedish', next: ['myofascial-release'], start: '2025-01-01', time: '18:00', weeks: 6 }
  return [
    [META_KEY, JSON.stringify({ version: 2, plan })],
    ...entries.map((e) => /** @type {[string, string]} */ ([recordKey(e.id), JSON.stringify(e)])),
  ]
}
