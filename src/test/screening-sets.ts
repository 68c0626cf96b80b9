import { SCREENING_ITEMS, type ScreeningItem } from '../engine'

/** A small seeded generator (mulberry32), so the sample is the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed
  return () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Beyond this many items, every subset is too many to test (2^21 is two million): sample them. */
const EVERY_SUBSET_UP_TO = 13
const SAMPLED = 4096

/**
 * Screening combinations for tests, each a list in table order, each once: every subset while the
 * table is small; otherwise every subset of up to three items (every pair of rules meets), all of
 * them together, and a fixed, seeded sample of larger ones.
 */
export function screeningSubsets(items: readonly ScreeningItem[] = SCREENING_ITEMS): ScreeningItem[][] {
  const n = items.length
  const masks = new Set<number>()
  if (n <= EVERY_SUBSET_UP_TO) {
    for (let mask = 0; mask < 1 << n; mask++) masks.add(mask)
  } else {
    masks.add(0)
    masks.add(2 ** n - 1)
    for (let a = 0; a < n; a++) {
      masks.add(1 << a)
      for (let b = a + 1; b < n; b++) {
        masks.add((1 << a) | (1 << b))
        for (let c = b + 1; c < n; c++) masks.add((1 << a) | (1 << b) | (1 << c))
      }
    }
    const random = seeded(20261201)
    while (masks.size < 1 + 1 + n + (n * (n - 1)) / 2 + (n * (n - 1) * (n - 2)) / 6 + SAMPLED) {
      masks.add(Math.floor(random() * 2 ** n))
    }
  }
  return [...masks].map((mask) => items.filter((_, i) => mask & (1 << i)))
}
