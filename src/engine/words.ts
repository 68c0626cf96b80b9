// Small helpers for writing sentences from table words, used by every layer that words a result.

/** "A", "A and B", "A, B and C". */
export function listInWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** "Fragile bones" as it reads mid-sentence: "fragile bones". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** "deep pressure can damage weak bones." as a sentence of its own. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
