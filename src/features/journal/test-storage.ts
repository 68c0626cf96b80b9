import { storedBytes, type KeyValueStorage } from './storage-keys'

/**
 * localStorage for tests: a map with a limit in bytes (as storedBytes counts), which throws
 * QuotaExceededError as browsers do when a write would pass it.
 */
export class TestStorage implements KeyValueStorage {
  readonly items = new Map<string, string>()
  constructor(public limit = Infinity) {}

  get length() {
    return this.items.size
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    const before = this.items.get(key)
    const change =
      storedBytes(key) +
      storedBytes(value) -
      (before === undefined ? 0 : storedBytes(key) + storedBytes(before))
    if (this.used() + change > this.limit)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  used() {
    let total = 0
    for (const [key, value] of this.items) total += storedBytes(key) + storedBytes(value)
    return total
  }
  /** Fills what is left with other data, as a phone whose storage is full. */
  fill() {
    let n = 0
    for (const size of [100_000, 10_000, 1000, 100, 10, 1]) {
      for (;;) {
        try {
          this.setItem(`other-${n++}`, 'x'.repeat(size))
        } catch {
          break
        }
      }
    }
  }
}
